package cq.assist.core.payments;

import java.math.BigDecimal;

/**
 * One line of a roll, to insert.
 *
 * @param amount yuan
 * @param onceKey {@code MONTH} for the month's own line, {@code REPAY:<line id>} for a re-payment (补发)
 * @param repaysLineId the failed line a re-payment pays again, or null
 */
record LineRow(
        String rollId,
        String month,
        String householdKey,
        String itemCode,
        String caseId,
        String applicationId,
        String communityCode,
        BigDecimal amount,
        String onceKey,
        Long repaysLineId) {}
