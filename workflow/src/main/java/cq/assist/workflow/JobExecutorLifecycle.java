package cq.assist.workflow;

import org.flowable.engine.ProcessEngine;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops the engine's job executor (job and timer acquisition) when the application context stops or pauses, and
 * starts it again when the context starts or restarts.
 *
 * <p>Why: Flowable 8's {@code SpringProcessEngineConfiguration} is a {@link SmartLifecycle} that is not pauseable
 * ({@code isPauseable() == false}) and whose {@code stop()} only clears a flag: its acquisition threads keep
 * running in a stopped or paused context. The jobs they acquire are run by {@link
 * WorkflowConfiguration#processTaskExecutor()}, a Spring {@code ThreadPoolTaskExecutor}, which is pauseable and
 * holds its workers while paused. Spring Framework 7's test context cache pauses every cached context it is not
 * using ({@code spring.test.context.cache.pause=ON_CONTEXT_SWITCH}); all of them share the build's database.
 * So a paused context kept acquiring due timer jobs of the running test (a failed job's retry among them),
 * locked them for the job lock time (5 minutes) and never ran them: the retry of a failing step stalled and no
 * incident appeared (IncidentAtOnceIT failed in the full suite only). Outside tests a context is stopped only
 * on shutdown, where stopping acquisition first is what a graceful stop wants too.
 *
 * <p>Phase: the highest, so it stops before the task executor pauses (that executor's phase is lower, {@link
 * WorkflowConfiguration}) and starts after it and after the engine (phase 20).
 */
@Component
class JobExecutorLifecycle implements SmartLifecycle {

    private final ProcessEngine engine;
    private volatile boolean running;

    JobExecutorLifecycle(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void start() {
        AsyncExecutor executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
        if (executor != null
                && engine.getProcessEngineConfiguration().isAsyncExecutorActivate()
                && !executor.isActive()) {
            executor.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        AsyncExecutor executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
        if (executor != null && executor.isActive()) {
            executor.shutdown();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
