package cq.assist.core.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A cash grant that pays in the month being built (read model over {@code item_grant} and {@code item_case}). */
record GrantInForce(
        String caseId,
        String applicationId,
        String householdKey,
        String itemCode,
        String communityCode,
        BigDecimal amount,
        LocalDate startsOn,
        Instant grantedAt) {}
