package cq.assist.mobile.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowable.engine.ProcessEngine;
import org.flowable.job.service.impl.asyncexecutor.AbstractAsyncExecutor;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A paused application context (as the test framework pauses every cached context it is not using, all on one
 * database) stops acquiring the engine's jobs, and acquires them again once restarted. Before {@code
 * JobExecutorLifecycle}, the engine's acquisition went on in a paused context while the executor that runs the
 * jobs was paused, so a paused context took other contexts' due timers and held them for the lock time. A
 * context of its own, since the test pauses it.
 */
@SpringBootTest(properties = "assist.test.context=job-executor-pause")
class JobExecutorPauseIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ProcessEngine engine;

    @Test
    void aPausedContextStopsAcquiringJobsAndARestartedOneAcquiresThemAgain() {
        assertThat(active()).as("running").isTrue();
        try {
            context.pause();

            assertThat(active()).as("paused: no job or timer acquisition").isFalse();
        } finally {
            context.restart();
        }
        assertThat(active()).as("restarted").isTrue();
        assertThat(engine.getProcessEngineConfiguration()
                        .getAsyncExecutor()
                        .getJobServiceConfiguration()
                        .getJobManager())
                .isNotNull();
    }

    @Test
    void aStoppingNodeGivesBackTheJobsItAcquiredButDidNotRun() {
        AsyncExecutor executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
        assertThat(executor).isInstanceOf(AbstractAsyncExecutor.class);
        assertThat(((AbstractAsyncExecutor) executor).getConfiguration().isUnlockOwnedJobs())
                .as("flowable.process.async.executor.unlock-owned-jobs: a retry acquired just before a pause or a"
                        + " shutdown must not stay locked for the 5-minute job lock")
                .isTrue();
    }

    private boolean active() {
        return engine.getProcessEngineConfiguration().getAsyncExecutor().isActive();
    }
}
