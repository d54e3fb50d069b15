package cq.assist.core.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What one screening run covers.
 *
 * @param runId the run
 * @param regionCode households whose community code starts with this code; {@code 500000} (the city): all
 * @param screenDate the date whose parameters the rules use
 * @param dueBy for a scheduled run, only households whose next review is due by this date; null for all
 * @param nextReviewOn for a scheduled run, the next review date written on every household screened
 * @param at business time of the run (alerts' creation time)
 * @param householdKeys for a data change, only these households (at most a block); null for all
 */
record ScreeningSpec(
        String runId,
        String regionCode,
        LocalDate screenDate,
        LocalDate dueBy,
        LocalDate nextReviewOn,
        Instant at,
        Set<String> householdKeys) {

    /** A run over a region (no household list). */
    ScreeningSpec(
            String runId,
            String regionCode,
            LocalDate screenDate,
            LocalDate dueBy,
            LocalDate nextReviewOn,
            Instant at) {
        this(runId, regionCode, screenDate, dueBy, nextReviewOn, at, null);
    }

    ScreeningSpec {
        householdKeys = householdKeys == null ? null : Set.copyOf(householdKeys);
    }

    /** The LIKE prefix of the community codes in scope, or null for all. */
    String communityPrefix() {
        return regionCode == null || "500000".equals(regionCode) ? null : regionCode + "%";
    }
}
