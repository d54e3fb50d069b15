package cq.assist.core.payments;

import java.math.BigDecimal;

/**
 * A line the bank returned as failed and nobody follows up yet.
 *
 * @param caseId the granted case the line paid
 * @param amount yuan
 * @param failReason the bank's reason
 */
public record FailedLine(
        long lineId,
        String month,
        String householdKey,
        String itemCode,
        String caseId,
        String applicationId,
        String communityCode,
        BigDecimal amount,
        String failReason) {}
