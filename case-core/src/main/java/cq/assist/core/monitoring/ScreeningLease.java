package cq.assist.core.monitoring;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cluster-wide lease of screening runs ({@code monitoring_lease}, row SCREENING): a run executes only while
 * it holds the lease, so two nodes never screen at once (a nightly run on one node and a parameter run on
 * another wait for each other). The holder renews it while it works; a node that dies lets it lapse after
 * {@code assist.monitoring.lease-seconds} (60 by default) and another node may take it. Wall-clock time, not
 * business time: the demo clock jumps days ahead and must not end a lease.
 */
@Component
class ScreeningLease {

    /** This node, as named in the lease: host and process id. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final MonitoringRunMapper runs;
    private final Duration ttl;
    private final Clock wall;

    @Autowired
    ScreeningLease(MonitoringRunMapper runs, @Value("${assist.monitoring.lease-seconds:60}") long seconds) {
        this(runs, Duration.ofSeconds(seconds), Clock.systemUTC());
    }

    ScreeningLease(MonitoringRunMapper runs, Duration ttl, Clock wall) {
        this.runs = runs;
        this.ttl = ttl;
        this.wall = wall;
    }

    /** Takes the lease for {@code holder} when it is free or lapsed; true when the holder has it now. */
    boolean acquire(String holder) {
        Instant now = wall.instant();
        return runs.acquireLease(holder, now, now.plus(ttl)) == 1;
    }

    /** Moves the holder's lease on; false when it lapsed and another holder took it. */
    boolean renew(String holder) {
        return runs.renewLease(holder, wall.instant().plus(ttl)) == 1;
    }

    /** Gives the lease back (nothing when the holder no longer has it). */
    void release(String holder) {
        runs.releaseLease(holder);
    }
}
