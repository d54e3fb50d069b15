package cq.assist.core.itemcase;

import java.math.BigDecimal;
import java.time.Instant;

/** One {@code home_visit} row (findings encrypted). */
public record HomeVisitRow(
        String caseId,
        String workerAccount,
        byte[] findingsEnc,
        String recommendation,
        String photoFileIds,
        BigDecimal latitude,
        BigDecimal longitude,
        Instant visitedAt) {}
