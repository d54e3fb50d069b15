package cq.assist.webapi.dev;

import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.clock.DemoClock;
import cq.assist.workflow.clock.DemoClock.ClockAdvanced;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo profile only (404 elsewhere), administrators only: moves the business and engine clocks forward
 * and fires what fell due.
 */
@RestController
@Profile("demo")
class ClockController {

    private final DemoClock demoClock;

    ClockController(DemoClock demoClock) {
        this.demoClock = demoClock;
    }

    @PostMapping("/api/v1/dev/clock")
    @PreAuthorize("hasRole('ADMIN')")
    ClockView advance(@Valid @RequestBody AdvanceClockRequest request) {
        ClockAdvanced advanced = demoClock.advanceDays(request.advanceDays());
        return new ClockView(BusinessClock.toOffset(advanced.now()), advanced.advancedDays(), advanced.timersFired());
    }

    /** The answer of API.md's demo clock: {@code {now, advancedDays, timersFired}}. */
    record ClockView(OffsetDateTime now, int advancedDays, int timersFired) {}
}
