package cq.assist.core.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a new {@code monitoring_run} row records beyond its {@link RunRow} so that another node can execute it
 * again after its node died (V113).
 *
 * @param owner the node that executes it (host:pid)
 * @param heartbeatAt wall-clock time of its first heartbeat
 * @param dueBy scheduled run: households whose next review is due by this date; null otherwise
 * @param nextReviewOn scheduled run: the next review date written on every household screened; null otherwise
 * @param householdKeys data-change run: the households (blind indexes), comma-separated; null otherwise
 */
record RunPlan(String owner, Instant heartbeatAt, LocalDate dueBy, LocalDate nextReviewOn, String householdKeys) {}
