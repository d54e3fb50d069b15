package cq.assist.core.notify;

import java.time.Instant;

/** One {@code application_notice} row (the outbox of messages to an application's applicant). */
public record ApplicantMessageRow(
        Long id,
        String applicationId,
        String messageCode,
        String channel,
        String textZh,
        Instant sentAt,
        Instant createTime) {}
