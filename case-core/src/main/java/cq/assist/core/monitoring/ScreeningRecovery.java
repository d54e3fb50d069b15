package cq.assist.core.monitoring;

import cq.assist.core.common.PeriodicRound;
import cq.assist.core.time.BusinessClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps screening runs alive across node deaths, on every node every {@code assist.monitoring.heartbeat-interval}
 * (PT20S): beats the heartbeat of this node's RUNNING runs (queued ones too, so a run waiting for the lease is
 * never taken for a dead one), then takes over the RUNNING runs whose heartbeat is older than
 * {@code assist.monitoring.stale-after} (PT2M, more than the lease's 60 seconds, so the dead node's lease has
 * lapsed by then). A take-over is one conditional UPDATE ({@code claim}): of all the nodes sweeping at once exactly
 * one wins, and executes the run again ({@link ScreeningRuns#resume}). A run already started
 * {@code assist.monitoring.max-attempts} (3) times, or one whose row does not say what it covers (a data-change run
 * recorded before V113), ends FAILED instead, so a run that kills its node is not retried for ever. Wall-clock time,
 * as the lease: the demo clock jumps days ahead and must not make every run stale.
 */
@Component
public class ScreeningRecovery extends PeriodicRound {

    /** Most stale runs one round looks at. */
    static final int BATCH = 20;

    private static final Logger log = LoggerFactory.getLogger(ScreeningRecovery.class);

    private final MonitoringRunMapper mapper;
    private final ScreeningRuns screening;
    private final BusinessClock clock;
    private final Clock wall;
    private final Duration staleAfter;
    private final int maxAttempts;

    @Autowired
    ScreeningRecovery(
            MonitoringRunMapper mapper,
            ScreeningRuns screening,
            BusinessClock clock,
            @Value("${assist.monitoring.heartbeat-interval:PT20S}") Duration interval,
            @Value("${assist.monitoring.stale-after:PT2M}") Duration staleAfter,
            @Value("${assist.monitoring.max-attempts:3}") int maxAttempts) {
        this(mapper, screening, clock, Clock.systemUTC(), interval, staleAfter, maxAttempts);
    }

    ScreeningRecovery(
            MonitoringRunMapper mapper,
            ScreeningRuns screening,
            BusinessClock clock,
            Clock wall,
            Duration interval,
            Duration staleAfter,
            int maxAttempts) {
        super("monitoring-run-recovery", interval, interval);
        if (staleAfter.compareTo(interval) <= 0) {
            throw new IllegalArgumentException(
                    "assist.monitoring.stale-after must be longer than the heartbeat interval");
        }
        this.mapper = mapper;
        this.screening = screening;
        this.clock = clock;
        this.wall = wall;
        this.staleAfter = staleAfter;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    /**
     * One sweep: takes over the stale RUNNING runs (at most {@value #BATCH}) that this node wins and executes
     * them again in the background; returns how many it took over (ended FAILED ones are not counted).
     */
    public int sweep() {
        Instant now = wall.instant();
        Instant staleBefore = now.minus(staleAfter);
        int taken = 0;
        for (StaleRun stale : mapper.selectStale(staleBefore, BATCH)) {
            ScreeningSpec spec = screening.specOf(stale);
            if (spec == null || stale.attempts() >= maxAttempts) {
                String why = spec == null ? "node lost; run not resumable" : "node lost " + stale.attempts() + " times";
                if (mapper.abandon(stale.id(), staleBefore, why, clock.now()) == 1) {
                    log.warn("Screening run {} of node {} ended FAILED: {}", stale.id(), stale.owner(), why);
                }
                continue;
            }
            if (mapper.claim(stale.id(), ScreeningLease.NODE, now, staleBefore) == 1) {
                log.warn(
                        "Screening run {} of node {} had a stale heartbeat: taken over, attempt {}",
                        stale.id(),
                        stale.owner(),
                        stale.attempts() + 1);
                screening.resume(spec);
                taken++;
            }
        }
        return taken;
    }

    @Override
    protected void runRound() {
        screening.heartbeat();
        sweep();
    }
}
