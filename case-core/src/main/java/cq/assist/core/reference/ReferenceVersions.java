package cq.assist.core.reference;

import cq.assist.core.common.PeriodicRound;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every node's cached parameters and calendar in step with the database. A writer raises the
 * change counter of what it changed in its own transaction ({@link #changed}) and this node drops its
 * cache after the commit; every node reads the counters every {@code assist.reference.refresh-interval}
 * (2 s by default) and drops a cache whose counter moved.
 */
@Component
public class ReferenceVersions extends PeriodicRound {

    /** Counter of {@code policy_parameter}. */
    public static final String PARAMETERS = "POLICY_PARAMETER";
    /** Counter of {@code work_calendar_day}. */
    public static final String CALENDAR = "WORK_CALENDAR";

    private static final Logger log = LoggerFactory.getLogger(ReferenceVersions.class);

    private final ReferenceVersionMapper mapper;
    private final List<ReferenceCache> caches;
    private final Map<String, Long> seen = new HashMap<>();

    ReferenceVersions(
            ReferenceVersionMapper mapper,
            List<ReferenceCache> caches,
            @Value("${assist.reference.refresh-interval:PT2S}") Duration interval) {
        super("reference-data-refresh", Duration.ZERO, interval);
        this.mapper = mapper;
        this.caches = List.copyOf(caches);
    }

    /** Within a transaction: the data named {@code name} changed; this node drops its cache after the commit. */
    public void changed(String name) {
        mapper.updateBump(name);
        Runnable drop = () -> drop(name);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    drop.run();
                }
            });
        } else {
            drop.run();
        }
    }

    /** Reads the counters and drops the caches whose data another node changed. */
    public synchronized void refresh() {
        for (String name : List.of(PARAMETERS, CALENDAR)) {
            try {
                Long now = mapper.selectVersion(name);
                Long before = seen.put(name, now == null ? 0L : now);
                if (before != null && !before.equals(seen.get(name))) {
                    drop(name);
                }
            } catch (RuntimeException e) {
                log.warn("Could not read the reference data version {}: {}", name, e.getMessage());
            }
        }
    }

    @Override
    protected void runRound() {
        refresh();
    }

    private void drop(String name) {
        for (ReferenceCache cache : caches) {
            if (cache.referenceName().equals(name)) {
                cache.drop();
            }
        }
    }
}
