package cq.assist.core.insurance;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A claim as the resident and staff see it; money in yuan.
 *
 * @param status {@link InsuranceClaimStatus} name
 * @param amountPaid the payout, null until PAID
 * @param reason the insurer's reason or payout rule, or null
 * @param medicalAidReduced whether the payout lowered the medical-aid amount still to be decided
 */
public record InsuranceClaimView(
        String id,
        String applicationId,
        String insurer,
        String status,
        BigDecimal amountClaimed,
        BigDecimal amountPaid,
        String reason,
        Instant createdAt,
        Instant filedAt,
        Instant decidedAt,
        boolean medicalAidReduced) {

    static InsuranceClaimView of(InsuranceClaimRow r) {
        return new InsuranceClaimView(
                r.id(),
                r.applicationId(),
                r.insurer(),
                r.status(),
                r.amountClaimed(),
                r.amountPaid(),
                r.reason(),
                r.createdAt(),
                r.filedAt(),
                r.decidedAt(),
                r.medicalAidCaseId() != null);
    }
}
