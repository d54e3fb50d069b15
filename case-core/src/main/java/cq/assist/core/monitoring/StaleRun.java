package cq.assist.core.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A RUNNING {@code monitoring_run} whose heartbeat is stale: its node died (or stalled past the staleness), and
 * what executing it again needs.
 *
 * @param trigger PARAMETER, SCHEDULE or DATA_CHANGE
 * @param startedAt business time the run started (its alerts' creation time)
 * @param dueBy scheduled run: the due date; null for other runs and for runs recorded before V113
 * @param nextReviewOn scheduled run: the next review date; null as {@code dueBy}
 * @param householdKeys data-change run: its households, comma-separated; null for other runs
 * @param owner the node that owned it, or null for a run recorded before V113
 * @param attempts executions started so far
 */
record StaleRun(
        String id,
        String trigger,
        String regionCode,
        LocalDate screenDate,
        Instant startedAt,
        LocalDate dueBy,
        LocalDate nextReviewOn,
        String householdKeys,
        String owner,
        int attempts) {

    /** The households of a data-change run, or null when the run recorded none. */
    Set<String> households() {
        if (householdKeys == null || householdKeys.isBlank()) {
            return null;
        }
        return new LinkedHashSet<>(Arrays.asList(householdKeys.split(",")));
    }
}
