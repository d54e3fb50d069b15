package cq.assist.core.insurance;

import java.math.BigDecimal;
import java.time.Instant;

/** One {@code insurance_claim} row; money in yuan. */
public record InsuranceClaimRow(
        String id,
        String applicationId,
        String householdKey,
        String triggerCaseId,
        String insurer,
        String status,
        BigDecimal amountClaimed,
        BigDecimal amountPaid,
        String reason,
        String insurerRef,
        String medicalAidCaseId,
        String consentBy,
        Instant consentAt,
        Instant filedAt,
        Instant decidedAt,
        Instant createdAt) {}
