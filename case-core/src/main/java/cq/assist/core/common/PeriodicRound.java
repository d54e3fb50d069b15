package cq.assist.core.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A round of background work that every node runs on its own daemon thread, again and again with a fixed
 * delay between the end of one round and the start of the next, from the application context's start to
 * its stop. A round that throws is logged (WARN, without the stack trace: the message only, as a round's
 * failure is expected to be transient, e.g. the database away) and the next round runs as planned; an
 * uncaught exception would otherwise cancel every later round of a {@link ScheduledExecutorService}.
 *
 * <p>Subclasses keep their work in a public method of their own (callable by tests and endpoints) and
 * call it from {@link #runRound()}. Work that must run on one node only guards itself (a database row or
 * statement), as {@code UnusedFilePurge} and {@code MessageOutboxSweep} do.
 */
public abstract class PeriodicRound implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String threadName;
    private final Duration initialDelay;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /**
     * @param threadName the name of the thread, as it shows in thread dumps and logs
     * @param initialDelay the delay from the start to the first round (zero: at once)
     * @param interval the delay from the end of one round to the start of the next; positive
     * @throws IllegalArgumentException when the interval is not positive or the initial delay negative
     */
    protected PeriodicRound(String threadName, Duration initialDelay, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(threadName + ": the interval must be positive, not " + interval);
        }
        if (initialDelay.isNegative()) {
            throw new IllegalArgumentException(threadName + ": the initial delay must not be negative");
        }
        this.threadName = threadName;
        this.initialDelay = initialDelay;
        this.interval = interval;
    }

    /** One round of the work; may throw, the next round runs anyway. */
    protected abstract void runRound();

    private void runQuietly() {
        try {
            runRound();
        } catch (RuntimeException e) { // keep going: the next round retries
            log.warn("Background round {} failed: {}", threadName, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::runQuietly, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
