package cq.assist.core.intake;

import java.time.Instant;

/** A conditional status change: applies only while the application is in {@code fromStatus}. */
public record StatusChange(
        String id, String fromStatus, String toStatus, String closedReason, Instant at, String updateBy) {}
