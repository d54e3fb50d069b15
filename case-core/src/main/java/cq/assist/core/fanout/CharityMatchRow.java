package cq.assist.core.fanout;

import java.time.Instant;

/** One {@code application_charity_match} row; {@code reasons} is a JSON array of Chinese sentences. */
public record CharityMatchRow(
        String applicationId,
        Integer rankNo,
        String projectId,
        String name,
        String organisation,
        Integer score,
        String reasons,
        Instant createTime) {}
