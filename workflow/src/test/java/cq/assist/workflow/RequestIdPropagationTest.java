package cq.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The request id of an HTTP request reaches the async jobs it causes ({@link RequestIdPropagation} on a real
 * Flowable engine, in-memory H2, async executor on with one thread), and a job thread does not lend one
 * job's id to the next. That an id never carries personal data is {@link RequestIdsTest}'s.
 */
class RequestIdPropagationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** What the recorder saw: "businessKey/activityId" to the MDC request id ("none" when there was none). */
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:request-ids-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setDatabaseSchemaUpdate("true");
        config.setAsyncExecutorActivate(true);
        config.setAsyncExecutorCorePoolSize(1);
        config.setAsyncExecutorMaxPoolSize(1);
        config.setBeans(Map.of("recorder", (JavaDelegate) e -> seen.put(
                e.getProcessInstanceBusinessKey() + "/" + e.getCurrentActivityId(),
                Optional.ofNullable(RequestIds.current()).orElse("none"))));
        RequestIdPropagation.register(config);
        engine = config.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("cq/assist/workflow/requestid/requestIdCarried.bpmn20.xml")
                .deploy();
    }

    /**
     * Waits until every async job has committed before closing: the recorder sees a job's id inside the job's
     * transaction, and an engine closed while that transaction commits fails to unlock the job it owns.
     */
    @AfterEach
    void stopEngine() {
        MDC.clear();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (engine.getManagementService().createJobQuery().count() > 0) {
            assertThat(Instant.now()).as("waited for the async jobs to commit").isBefore(deadline);
            pause();
        }
        engine.close();
    }

    @Test
    void theStartingRequestsIdReachesTheAsyncJobAndTheCompletingRequestsIdTheNextOne() {
        String starting = UUID.randomUUID().toString();
        String processId = inRequest(starting, () -> engine.getRuntimeService()
                .startProcessInstanceByKey("requestIdCarried", "A")
                .getId());

        assertThat(seen).containsEntry("A/atStart", starting);
        assertThat(awaitSeen("A/inJob")).isEqualTo(starting);

        String completing = UUID.randomUUID().toString();
        Task review = awaitReview(processId);
        inRequest(completing, () -> {
            engine.getTaskService().complete(review.getId());
            return null;
        });
        assertThat(awaitSeen("A/afterReview")).isEqualTo(completing);
        assertThat(RequestIds.current()).as("the test thread keeps no id").isNull();
    }

    @Test
    void aJobThreadDoesNotLendOneJobsIdToTheNext() {
        String first = UUID.randomUUID().toString();
        inRequest(first, () -> engine.getRuntimeService()
                .startProcessInstanceByKey("requestIdCarried", "first")
                .getId());
        assertThat(awaitSeen("first/inJob")).isEqualTo(first);

        engine.getRuntimeService().startProcessInstanceByKey("requestIdCarried", "second");

        assertThat(awaitSeen("second/inJob"))
                .as("the only job thread ran the first job before; the second has no request behind it")
                .isEqualTo("none");
    }

    private static <T> T inRequest(String requestId, java.util.function.Supplier<T> work) {
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            return work.get();
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private String awaitSeen(String key) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!seen.containsKey(key)) {
            assertThat(Instant.now()).as("waited for " + key).isBefore(deadline);
            pause();
        }
        return seen.get(key);
    }

    private Task awaitReview(String processId) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            Task task = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(processId)
                    .singleResult();
            if (task != null) {
                return task;
            }
            assertThat(Instant.now()).as("waited for the review task").isBefore(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
