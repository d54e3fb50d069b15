package cq.assist.core.itemcase;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A final decision on an open case (GRANTED, REJECTED or NOT_ELIGIBLE); {@code releaseActive} clears
 * the active key so the household may hold the item again later.
 */
public record DecisionChange(
        String id, String status, String reasons, BigDecimal amount, Instant at, String by, boolean releaseActive) {}
