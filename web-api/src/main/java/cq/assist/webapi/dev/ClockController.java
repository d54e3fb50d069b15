package cq.assist.webapi.dev;

import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.clock.DemoClock;
import cq.assist.workflow.clock.DemoClock.ClockAdvanced;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo profile only (404 elsewhere), administrators only: reads the business time, moves the business and
 * engine clocks forward and fires what fell due. The console shows its demo-clock control only when the
 * read answers (so never outside the demo profile).
 */
@RestController
@Profile("demo")
class ClockController {

    private final DemoClock demoClock;
    private final BusinessClock businessClock;

    ClockController(DemoClock demoClock, BusinessClock businessClock) {
        this.demoClock = demoClock;
        this.businessClock = businessClock;
    }

    @GetMapping("/api/v1/dev/clock")
    @PreAuthorize("hasRole('ADMIN')")
    ClockNow now() {
        return new ClockNow(businessClock.nowOffset(), DemoClock.MAX_DAYS);
    }

    @PostMapping("/api/v1/dev/clock")
    @PreAuthorize("hasRole('ADMIN')")
    ClockView advance(@Valid @RequestBody AdvanceClockRequest request) {
        ClockAdvanced advanced = demoClock.advanceDays(request.advanceDays());
        return new ClockView(BusinessClock.toOffset(advanced.now()), advanced.advancedDays(), advanced.timersFired());
    }

    /** The business time now and the most days one advance may move it. */
    record ClockNow(OffsetDateTime now, int maxAdvanceDays) {}

    /** The answer of API.md's demo clock: {@code {now, advancedDays, timersFired}}. */
    record ClockView(OffsetDateTime now, int advancedDays, int timersFired) {}
}
