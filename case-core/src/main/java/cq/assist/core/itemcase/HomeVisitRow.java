package cq.assist.core.itemcase;

import java.time.Instant;

/**
 * One {@code home_visit} row: findings and location encrypted ({@code PiiField.VISIT_FINDINGS}, {@code
 * VISIT_LOCATION}, both bound to the case id); the location is {@code latitude,longitude} in decimal degrees, or
 * null when the phone gave none.
 */
public record HomeVisitRow(
        String caseId,
        String workerAccount,
        byte[] findingsEnc,
        String recommendation,
        String photoFileIds,
        byte[] locationEnc,
        Instant visitedAt) {}
