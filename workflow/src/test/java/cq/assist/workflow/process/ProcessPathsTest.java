package cq.assist.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.flowable.task.service.delegate.DelegateTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of the four BPMN processes on a real Flowable engine (in-memory H2, no Spring, async executor
 * off so each job runs when the test says), with the delegates and listeners replaced by recorders: the
 * process model is what is tested here; the case-core services behind the delegates have their own tests
 * and the apps' ITs run both together on MariaDB. Paths: co-signing reminder, expiry, all authorized with
 * no item to review, review with item processes and joint pushes, waiting for joint items and close; the
 * 低保 procedure through the notice timer, an objection, a street rejection and a district return; the nightly
 * monitoring schedule's timer starting a screening run and waiting for the next night.
 */
class ProcessPathsTest {

    private final List<String> calls = new ArrayList<>();
    private final Map<Object, Object> beans = new HashMap<>();
    private ProcessEngine engine;
    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;
    private List<String> itemCaseIds = List.of();
    private final List<Boolean> allDecided = new ArrayList<>();

    @BeforeEach
    void startEngine() {
        record("assessApplicationDelegate");
        record("beginEconomicCheckDelegate");
        record("grantApplyFreeDelegate");
        record("sendAuthorizationReminderDelegate");
        record("expireApplicationDelegate");
        record("pushJointItemsDelegate");
        record("startScheduledScreening");
        beans.put("startReviewDelegate", (JavaDelegate) e -> {
            calls.add("startReviewDelegate");
            e.setVariable("itemCaseIds", new ArrayList<>(itemCaseIds));
        });
        beans.put("closeApplicationDelegate", (JavaDelegate) e -> {
            calls.add("closeApplicationDelegate");
            e.setVariable("allDecided", allDecided.isEmpty() || allDecided.remove(0));
        });
        beans.put("itemStepListener", (TaskListener) (DelegateTask t) -> calls.add("step:" + t.getTaskDefinitionKey()));
        beans.put("publicNoticeListener", (ExecutionListener) e -> calls.add("publicNotice"));
        beans.put("itemProcessEndedListener", (ExecutionListener) e -> calls.add("itemEnded"));
        beans.put("authorizationSettings", new Settings());
        beans.put("itemProcesses", new Keys());
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:paths-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setDatabaseSchemaUpdate("true");
        config.setAsyncExecutorActivate(false);
        config.setBeans(beans);
        engine = config.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("processes/application.bpmn20.xml")
                .addClasspathResource("processes/dibaoCase.bpmn20.xml")
                .addClasspathResource("processes/itemCase.bpmn20.xml")
                .addClasspathResource("processes/monitoringSchedule.bpmn20.xml")
                .deploy();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        management = engine.getManagementService();
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void theNightlyTimerStartsAScreeningRunAndWaitsForTheNextNight() {
        Job nightly = management
                .createTimerJobQuery()
                .processDefinitionKey("monitoringSchedule")
                .singleResult();
        assertThat(nightly)
                .as("the monitoring schedule's timer, from deployment")
                .isNotNull();
        assertThat(calls).doesNotContain("startScheduledScreening");

        management.executeJob(
                management.moveTimerToExecutableJob(nightly.getId()).getId());

        assertThat(calls).containsExactly("startScheduledScreening");
        Job next = management
                .createTimerJobQuery()
                .processDefinitionKey("monitoringSchedule")
                .singleResult();
        assertThat(next).as("the next night's timer").isNotNull();
        // fired early here (the test does not wait for 02:00): the next one is the next 02:00 after now
        assertThat(next.getId()).isNotEqualTo(nightly.getId());
        assertThat(next.getDuedate())
                .isAfter(engine.getProcessEngineConfiguration().getClock().getCurrentTime());
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("monitoringSchedule")
                        .count())
                .as("the run's instance ended at once")
                .isZero();
    }

    @Test
    void aCoSignerIsRemindedAndTheApplicationWaitsOn() {
        ProcessInstance app = startApplication(true);

        fireTimer(app, "authorizationReminderDue");

        assertThat(calls).contains("sendAuthorizationReminderDelegate").doesNotContain("expireApplicationDelegate");
        assertThat(waitingAt(app, "waitForAuthorizations")).isTrue();
    }

    @Test
    void anApplicationExpiresWhenTheDeadlinePasses() {
        ProcessInstance app = startApplication(true);

        fireTimer(app, "authorizationDeadlinePassed");

        assertThat(calls).contains("expireApplicationDelegate");
        assertEnded(app);
    }

    @Test
    void allAuthorizedWithNoItemToReviewChecksAssessesAndCloses() {
        ProcessInstance app = startApplication(true);

        runtime.trigger(execution(app, "waitForAuthorizations").getId());
        runJobs();

        assertThat(calls)
                .containsSubsequence(
                        "beginEconomicCheckDelegate",
                        "assessApplicationDelegate",
                        "grantApplyFreeDelegate",
                        "startReviewDelegate",
                        "closeApplicationDelegate");
        assertEnded(app);
    }

    @Test
    void itemsAreReviewedInTheirOwnProcessesAndTheApplicationClosesAfterTheJointItems() {
        itemCaseIds = List.of("case-housing", "case-medical");
        allDecided.add(false);
        ProcessInstance app = startApplication(false);
        runJobs();
        List<Task> reviews =
                tasks.createTaskQuery().taskDefinitionKey("departmentReview").list();
        assertThat(reviews).hasSize(2);

        tasks.complete(reviews.get(0).getId(), Map.of("decision", "APPROVE"));
        tasks.complete(reviews.get(1).getId(), Map.of("decision", "REJECT"));

        assertThat(calls).filteredOn("pushJointItemsDelegate"::equals).hasSize(1);
        assertThat(waitingAt(app, "awaitJointItems"))
                .as("a joint item is still open")
                .isTrue();
        runtime.trigger(execution(app, "awaitJointItems").getId());
        assertThat(calls).filteredOn("closeApplicationDelegate"::equals).hasSize(2);
        assertEnded(app);
    }

    @Test
    void aDepartmentReturnIsReviewedAgain() {
        ProcessInstance item = runtime.startProcessInstanceByKey("itemCase", Map.of("caseId", "c1"));
        tasks.complete(only(item, "departmentReview").getId(), Map.of("decision", "RETURN"));
        assertThat(only(item, "departmentReview")).isNotNull();
        tasks.complete(only(item, "departmentReview").getId(), Map.of("decision", "APPROVE"));
        assertEnded(item);
        assertThat(calls).contains("pushJointItemsDelegate", "itemEnded");
    }

    @Test
    void dibaoGoesThroughTheNoticeTimerToTheDistrictAndIsGranted() {
        ProcessInstance dibao = atPublicNotice();

        fireTimer(dibao, "publicNoticeOver");
        tasks.complete(only(dibao, "districtDecision").getId(), Map.of("decision", "APPROVE"));

        assertThat(calls)
                .containsSubsequence(
                        "step:homeVisit",
                        "step:streetReview",
                        "publicNotice",
                        "step:districtDecision",
                        "pushJointItemsDelegate",
                        "itemEnded");
        assertEnded(dibao);
    }

    @Test
    void anObjectionDuringTheNoticeReopensTheHomeVisitAndTheNoticeRunsAgain() {
        ProcessInstance dibao = atPublicNotice();
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceId(dibao.getId())
                .messageEventSubscriptionName("objectionRaised")
                .singleResult();

        runtime.messageEventReceived("objectionRaised", waiting.getId());

        assertThat(only(dibao, "homeVisit")).isNotNull();
        assertThat(management
                        .createTimerJobQuery()
                        .processInstanceId(dibao.getId())
                        .count())
                .as("the notice timer is gone with the notice")
                .isZero();
        tasks.complete(only(dibao, "homeVisit").getId(), Map.of("decision", "APPROVE"));
        tasks.complete(only(dibao, "streetReview").getId(), Map.of("decision", "APPROVE"));
        assertThat(waitingAt(dibao, "publicNotice")).isTrue();
        assertThat(calls).filteredOn("publicNotice"::equals).hasSize(2);
    }

    @Test
    void theStreetRejectsAndTheDistrictReturnsToTheStreet() {
        ProcessInstance rejected = runtime.startProcessInstanceByKey("dibaoCase", Map.of("caseId", "c2"));
        tasks.complete(only(rejected, "homeVisit").getId(), Map.of("decision", "APPROVE"));
        tasks.complete(only(rejected, "streetReview").getId(), Map.of("decision", "REJECT"));
        assertEnded(rejected);

        ProcessInstance returned = atPublicNotice();
        fireTimer(returned, "publicNoticeOver");
        tasks.complete(only(returned, "districtDecision").getId(), Map.of("decision", "RETURN"));
        assertThat(only(returned, "streetReview")).isNotNull();
    }

    private ProcessInstance startApplication(boolean waitForAuthorizations) {
        return runtime.startProcessInstanceByKey(
                "application",
                "app-" + UUID.randomUUID(),
                Map.of("applicationId", "app-1", "waitForAuthorizations", waitForAuthorizations));
    }

    private ProcessInstance atPublicNotice() {
        ProcessInstance dibao =
                runtime.startProcessInstanceByKey("dibaoCase", Map.of("caseId", "c-" + UUID.randomUUID()));
        tasks.complete(only(dibao, "homeVisit").getId(), Map.of("decision", "APPROVE"));
        tasks.complete(only(dibao, "streetReview").getId(), Map.of("decision", "APPROVE"));
        assertThat(waitingAt(dibao, "publicNotice")).isTrue();
        return dibao;
    }

    private void fireTimer(ProcessInstance instance, String activityId) {
        Job timer = management
                .createTimerJobQuery()
                .processInstanceId(instance.getId())
                .elementId(activityId)
                .singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        Job executable = management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(executable.getId());
    }

    private void runJobs() {
        for (Job job = next(); job != null; job = next()) {
            management.executeJob(job.getId());
        }
    }

    private Job next() {
        List<Job> jobs = management.createJobQuery().list();
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    private Task only(ProcessInstance instance, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(key)
                .singleResult();
    }

    private boolean waitingAt(ProcessInstance instance, String activityId) {
        return execution(instance, activityId) != null;
    }

    private Execution execution(ProcessInstance instance, String activityId) {
        return runtime.createExecutionQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }

    private void assertEnded(ProcessInstance instance) {
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .as("process %s ended", instance.getProcessDefinitionKey())
                .isZero();
    }

    private void record(String name) {
        beans.put(name, (JavaDelegate) (DelegateExecution e) -> calls.add(name));
    }

    /** The authorization settings the application process reads its timers from. */
    public static class Settings {
        public String reminderAfterIso() {
            return "PT24H";
        }

        public String tokenTtlIso() {
            return "PT72H";
        }
    }

    /** Which process reviews a case: 低保/特困 cases the 低保 procedure, the rest a department review. */
    public static class Keys {
        public String keyOf(String caseId) {
            return caseId.startsWith("case-dibao") ? "dibaoCase" : "itemCase";
        }
    }
}
