package cq.assist.workflow.clock;

import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves business time forward for a demo and fires what fell due. The engine clock reads the business
 * clock ({@link BusinessEngineClock}), so moving one moves both; timer jobs now due are handed to the
 * async executor at once instead of waiting for its next timer scan.
 */
@Service
public class DemoClock {

    private static final Logger log = LoggerFactory.getLogger(DemoClock.class);

    /** Most days one call may advance. */
    public static final int MAX_DAYS = 60;

    private final BusinessClock businessClock;
    private final ManagementService management;

    public DemoClock(BusinessClock businessClock, ManagementService management) {
        this.businessClock = businessClock;
        this.management = management;
    }

    /**
     * Advances business and engine time by {@code days} (1 to {@link #MAX_DAYS}) and hands every timer
     * that fell due to the async executor; {@code timersFired} counts them.
     */
    public ClockAdvanced advanceDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
        }
        Instant now = businessClock.advance(Duration.ofDays(days));
        return new ClockAdvanced(now, days, fireTimersDueBy(now));
    }

    private int fireTimersDueBy(Instant now) {
        List<Job> due = management
                .createTimerJobQuery()
                .timers()
                .duedateLowerThan(Date.from(now.plusMillis(1)))
                .list();
        due.forEach(timer -> hand(timer.getId()));
        return due.size();
    }

    private void hand(String timerJobId) {
        try {
            management.moveTimerToExecutableJob(timerJobId);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException takenByExecutor) {
            log.debug("Timer job {} was already taken by the async executor", timerJobId);
        }
    }

    /** The answer: new business time, days advanced and timers handed over for execution. */
    public record ClockAdvanced(Instant now, int advancedDays, int timersFired) {}
}
