package cq.assist.core.payments;

import java.math.BigDecimal;

/**
 * One line of a roll, to insert.
 *
 * @param amount yuan
 */
record LineRow(
        String rollId,
        String month,
        String householdKey,
        String itemCode,
        String caseId,
        String applicationId,
        String communityCode,
        BigDecimal amount) {}
