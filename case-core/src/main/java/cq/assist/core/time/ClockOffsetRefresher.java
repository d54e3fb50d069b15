package cq.assist.core.time;

import cq.assist.core.common.PeriodicRound;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refreshes the business clock's shared offset in the background (every
 * {@code assist.clock.refresh-interval}, 1 s by default), so an advance made on another node or in the
 * other app shows here within about a second.
 */
@Component
class ClockOffsetRefresher extends PeriodicRound {

    private final BusinessClock clock;

    ClockOffsetRefresher(BusinessClock clock, @Value("${assist.clock.refresh-interval:PT1S}") Duration interval) {
        super("business-clock-refresh", Duration.ZERO, interval);
        this.clock = clock;
    }

    @Override
    protected void runRound() {
        clock.refresh();
    }
}
