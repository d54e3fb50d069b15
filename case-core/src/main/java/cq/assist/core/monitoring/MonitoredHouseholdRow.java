package cq.assist.core.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/** One {@code monitored_household} row. */
public record MonitoredHouseholdRow(
        String householdKey, String applicationId, String communityCode, Instant since, LocalDate nextReviewOn) {}
