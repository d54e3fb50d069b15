package cq.assist.core.notify;

import java.time.Instant;

/** One {@code application_notice} row (outbox of notices to the resident). */
public record NoticeRow(
        Long id,
        String applicationId,
        String noticeCode,
        String channel,
        String textZh,
        Instant sentAt,
        Instant createTime) {}
