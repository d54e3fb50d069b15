package cq.assist.core.files;

import cq.assist.core.common.PeriodicRound;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Purges, on every node, uploads that no application and no home visit uses once they are older than
 * {@code assist.files.unused-retention} (PT24H: an upload is filed within a day or not at all), every
 * {@code assist.files.purge-interval} (PT1H), at most 500 a round (issue 7, review M8). Rows of one
 * round are deleted by one statement, so two nodes never delete a file twice.
 */
@Component
public class UnusedFilePurge extends PeriodicRound {

    private static final Logger LOG = LoggerFactory.getLogger(UnusedFilePurge.class);
    private static final int BATCH = 500;

    private final StoredFileMapper files;
    private final BusinessClock clock;
    private final Duration retention;

    UnusedFilePurge(
            StoredFileMapper files,
            BusinessClock clock,
            @Value("${assist.files.unused-retention:PT24H}") Duration retention,
            @Value("${assist.files.purge-interval:PT1H}") Duration interval) {
        super("unused-file-purge", interval, interval);
        this.files = files;
        this.clock = clock;
        this.retention = retention;
    }

    /** One round: deletes unused uploads older than the retention; returns how many. */
    public int purge() {
        return files.deleteUnusedBefore(clock.now().minus(retention), BATCH);
    }

    @Override
    protected void runRound() {
        int purged = purge();
        if (purged > 0) {
            LOG.info("Purged {} unused upload(s)", purged);
        }
    }
}
