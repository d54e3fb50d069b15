package cq.assist.core.itemcase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One {@code item_grant} row. */
public record GrantRow(
        String caseId,
        String applicationId,
        String itemCode,
        BigDecimal amount,
        LocalDate startsOn,
        String grantedBy,
        Instant grantedAt) {}
