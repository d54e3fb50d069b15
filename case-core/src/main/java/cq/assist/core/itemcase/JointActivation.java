package cq.assist.core.itemcase;

import java.time.Instant;

/** Takes the household's active key for a joint item that waited for the base grant. */
public record JointActivation(String applicationId, String itemCode, Instant at, String by) {}
