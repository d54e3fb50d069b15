package cq.assist.core.files;

import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Purges, on every node, uploads that no application and no home visit uses once they are older than
 * {@code assist.files.unused-retention} (PT24H: an upload is filed within a day or not at all), every
 * {@code assist.files.purge-interval} (PT1H), at most 500 a round (issue 7, review M8). Rows of one
 * round are deleted by one statement, so two nodes never delete a file twice.
 */
@Component
public class UnusedFilePurge implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(UnusedFilePurge.class);
    private static final int BATCH = 500;

    private final StoredFileMapper files;
    private final BusinessClock clock;
    private final Duration retention;
    private final Duration interval;
    private ScheduledExecutorService executor;

    UnusedFilePurge(
            StoredFileMapper files,
            BusinessClock clock,
            @Value("${assist.files.unused-retention:PT24H}") Duration retention,
            @Value("${assist.files.purge-interval:PT1H}") Duration interval) {
        this.files = files;
        this.clock = clock;
        this.retention = retention;
        this.interval = interval;
    }

    /** One round: deletes unused uploads older than the retention; returns how many. */
    public int purge() {
        return files.deleteUnusedBefore(clock.now().minus(retention), BATCH);
    }

    private void purgeQuietly() {
        try {
            int purged = purge();
            if (purged > 0) {
                LOG.info("Purged {} unused upload(s)", purged);
            }
        } catch (RuntimeException e) { // the next round retries
            LOG.warn("Unused-upload purge failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "unused-file-purge");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::purgeQuietly, millis, millis, TimeUnit.MILLISECONDS);
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
