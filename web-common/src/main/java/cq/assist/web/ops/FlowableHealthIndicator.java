package cq.assist.web.ops;

import cq.assist.workflow.application.ApplicationProcess;
import org.flowable.engine.ProcessEngine;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code flowable}, part of the readiness group: UP when the process engine answers a
 * query against its tables and finds the application process deployed, and its async executor runs
 * (unless switched off by {@code flowable.async-executor-activate=false}, as some tests do). A node whose
 * engine cannot reach its tables must not take traffic.
 */
@Component("flowable")
class FlowableHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngine engine;

    FlowableHealthIndicator(ProcessEngine engine) {
        super("Flowable process engine health check failed");
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long deployed = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(ApplicationProcess.KEY)
                .latestVersion()
                .count();
        var config = engine.getProcessEngineConfiguration();
        boolean executorWanted = config.isAsyncExecutorActivate();
        boolean executorActive =
                config.getAsyncExecutor() != null && config.getAsyncExecutor().isActive();
        builder.withDetail("applicationProcessDeployed", deployed > 0)
                .withDetail("asyncExecutorActive", executorActive);
        if (deployed > 0 && (executorActive || !executorWanted)) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
