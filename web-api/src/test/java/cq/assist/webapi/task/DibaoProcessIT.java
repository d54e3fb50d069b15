package cq.assist.webapi.task;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.login.Roles;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.item.ItemProcesses;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The 低保 item process through {@code /api/v1/tasks}: scope, claim, roles, public notice, objection, decision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DibaoProcessIT {

    private static final String COMMUNITY = "500103001001";

    @LocalServerPort
    int port;

    @Autowired
    OpeningItemCases opening;

    @Autowired
    ItemProcesses processes;

    @Autowired
    StaffTasks staffTasks;

    @Autowired
    ItemCases cases;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TokenService tokenService;

    HttpApi api;
    StaffTokens tokens;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        tokens = new StaffTokens(tokenService);
    }

    private ItemCaseRow startDibao() {
        String household = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        ItemCaseRow row = opening.open(new NewCase(
                        UUID.randomUUID().toString(),
                        household,
                        COMMUNITY,
                        "DIBAO",
                        CaseOrigin.ASSESSMENT,
                        ItemCaseStatus.PENDING,
                        true,
                        List.of("家庭人均收入低于低保标准")))
                .orElseThrow();
        processes.start(row.id());
        return row;
    }

    private void visitHome(ItemCaseRow row) {
        TaskScope worker = TaskScope.of("worker-" + UUID.randomUUID(), Set.of(Roles.COMMUNITY_WORKER), null, COMMUNITY);
        String taskId = taskOf(api.as(null), row, worker);
        staffTasks.complete(taskId, new TaskDecision(Decision.APPROVE, null, null), worker);
    }

    private String taskOf(HttpApi unused, ItemCaseRow row, TaskScope scope) {
        return staffTasks.open(scope).stream()
                .filter(t -> t.applicationId().equals(row.applicationId()))
                .findFirst()
                .orElseThrow()
                .taskId();
    }

    private static String taskFor(HttpApi as, ItemCaseRow row) {
        return OpenTasks.of(as, row.applicationId());
    }

    private static <T> T eventually(Supplier<T> probe) throws InterruptedException {
        return OpenTasks.eventually(probe);
    }

    private void endNotice(ItemCaseRow row) {
        String pid = cases.find(row.id()).processInstanceId();
        Job timer = management.createTimerJobQuery().processInstanceId(pid).singleResult();
        management.moveTimerToExecutableJob(timer.getId());
    }

    @Test
    void streetReviewIsSeenOnlyByThatStreetAndChecksTheRole() {
        ItemCaseRow row = startDibao();
        visitHome(row);
        HttpApi street = api.as(tokens.streetReviewer("500103001"));
        HttpApi otherStreet = api.as(tokens.streetReviewer("500103002"));
        HttpApi jiangbei = api.as(tokens.districtApprover("500105"));

        String taskId = taskFor(street, row);
        assertThat(taskId).isNotNull();
        JsonNode listed = street.get("/api/v1/tasks?status=open").json();
        for (JsonNode t : listed) {
            if (t.get("taskId").asString().equals(taskId)) {
                assertThat(t.get("step").asString()).isEqualTo("STREET_REVIEW");
                assertThat(t.get("department").asString()).isEqualTo("CIVIL_AFFAIRS@500103001");
                assertThat(t.get("regionCode").asString()).isEqualTo("500103001");
                assertThat(t.get("itemCode").asString()).isEqualTo("DIBAO");
                assertThat(t.get("dueAt").asString()).endsWith("+08:00");
                assertThat(t.get("overdue").asBoolean()).isFalse();
            }
        }
        assertThat(taskFor(otherStreet, row)).isNull();
        assertThat(taskFor(jiangbei, row)).isNull();
        assertThat(jiangbei.post("/api/v1/tasks/" + taskId + "/claim", null).status())
                .isEqualTo(404);
        assertThat(street.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "REJECT"))
                        .status())
                .isEqualTo(400);
        assertThat(street.post(
                                "/api/v1/tasks/" + taskId + "/complete",
                                Map.of("decision", "APPROVE", "amount", "810.00"))
                        .status())
                .isEqualTo(403);

        assertThat(street.post("/api/v1/tasks/" + taskId + "/claim", null).status())
                .isEqualTo(200);
        HttpApi colleague = api.as(tokens.streetReviewer("500103001"));
        assertThat(colleague.post("/api/v1/tasks/" + taskId + "/claim", null).status())
                .isEqualTo(409);
        assertThat(street.post(
                                "/api/v1/tasks/" + taskId + "/complete",
                                Map.of("decision", "APPROVE", "status", "GRANTED"))
                        .status())
                .isEqualTo(200);
        assertThat(cases.find(row.id()).status()).isEqualTo("PUBLIC_NOTICE");
        assertThat(street.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void objectionReopensInvestigationAndNoticeStartsAgain() throws Exception {
        ItemCaseRow row = startDibao();
        visitHome(row);
        HttpApi street = api.as(tokens.streetReviewer("500103001"));
        street.post("/api/v1/tasks/" + taskFor(street, row) + "/complete", Map.of("decision", "APPROVE"));

        assertThat(processes.objectTo(row.id())).isTrue();
        assertThat(cases.find(row.id()).currentStep()).isEqualTo("HOME_VISIT");
        assertThat(processes.objectTo(row.id())).isFalse();

        visitHome(row);
        street.post("/api/v1/tasks/" + taskFor(street, row) + "/complete", Map.of("decision", "APPROVE"));
        assertThat(cases.find(row.id()).status()).isEqualTo("PUBLIC_NOTICE");
    }

    @Test
    void districtDecidesAfterNoticeAndSecondCompletionConflicts() throws Exception {
        ItemCaseRow row = startDibao();
        visitHome(row);
        HttpApi street = api.as(tokens.streetReviewer("500103001"));
        street.post("/api/v1/tasks/" + taskFor(street, row) + "/complete", Map.of("decision", "APPROVE"));
        endNotice(row);
        HttpApi district = api.as(tokens.districtApprover("500103"));
        String taskId = eventually(() -> taskFor(district, row));
        assertThat(taskId).isNotNull();
        assertThat(cases.find(row.id()).currentStep()).isEqualTo("DISTRICT_DECISION");

        Callable<Integer> approve = () -> district.post(
                        "/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE", "amount", "810.00"))
                .status();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>(pool.invokeAll(List.of(approve, approve)));
        pool.shutdown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        ItemCaseRow decided = cases.find(row.id());
        assertThat(decided.status()).isEqualTo("GRANTED");
        assertThat(decided.amount()).isEqualByComparingTo("810.00");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(decided.processInstanceId())
                        .count())
                .isZero();
    }
}
