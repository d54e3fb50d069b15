package cq.assist.core.incident;

import java.time.Instant;

/**
 * One row of {@code case_incident}.
 *
 * @param status OPEN (the job waits in the dead-letter table) or RETRIED
 */
public record IncidentRow(
        Long id,
        String applicationId,
        String jobId,
        String processInstanceId,
        String elementId,
        String cause,
        String status,
        Instant createTime,
        String updateBy,
        Instant updateTime) {}
