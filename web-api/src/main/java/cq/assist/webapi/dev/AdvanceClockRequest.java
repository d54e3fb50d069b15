package cq.assist.webapi.dev;

import cq.assist.workflow.clock.DemoClock;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/v1/dev/clock} body. */
record AdvanceClockRequest(
        @NotNull(message = "{dev.clock.advance-days.range}")
                @Min(value = 1, message = "{dev.clock.advance-days.range}")
                @Max(value = DemoClock.MAX_DAYS, message = "{dev.clock.advance-days.range}")
                Integer advanceDays) {}
