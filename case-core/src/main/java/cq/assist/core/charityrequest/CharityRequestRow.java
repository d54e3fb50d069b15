package cq.assist.core.charityrequest;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One {@code charity_request} row joined with its project's and organisation's names.
 *
 * @param amount accepted amount in yuan (one-off), null unless ACCEPTED
 * @param reason the charity's reason, Chinese, or null
 */
public record CharityRequestRow(
        String id,
        String applicationId,
        String projectId,
        String projectName,
        String orgCode,
        String orgName,
        String householdKey,
        String requestedBy,
        String status,
        BigDecimal amount,
        String reason,
        Instant decidedAt,
        String decidedBy,
        Instant createdAt) {}
