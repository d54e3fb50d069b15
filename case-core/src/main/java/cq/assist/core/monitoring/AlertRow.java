package cq.assist.core.monitoring;

import java.time.Instant;

/**
 * One {@code monitoring_alert} row.
 *
 * @param items JSON array of {@link AlertItem}
 * @param reasons JSON array of Chinese sentences
 * @param status OPEN, RESOLVED or FOLLOW_UP
 */
public record AlertRow(
        String id,
        String runId,
        String householdKey,
        String applicationId,
        String communityCode,
        String kind,
        String items,
        String reasons,
        String status,
        Instant createTime) {}
