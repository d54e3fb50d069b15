package cq.assist.core.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Refreshes the business clock's shared offset in the background (every
 * {@code assist.clock.refresh-interval}, 1 s by default), so an advance made on another node or in the
 * other app shows here within about a second.
 */
@Component
class ClockOffsetRefresher implements SmartLifecycle {

    private final BusinessClock clock;
    private final Duration interval;
    private ScheduledExecutorService executor;

    ClockOffsetRefresher(BusinessClock clock, @Value("${assist.clock.refresh-interval:PT1S}") Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "business-clock-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(clock::refresh, 0, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
