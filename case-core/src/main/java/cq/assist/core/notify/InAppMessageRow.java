package cq.assist.core.notify;

import java.time.Instant;

/** One {@code in_app_message} row (text encrypted). */
public record InAppMessageRow(
        Long id,
        String recipientAccountId,
        String recipientIdHash,
        String applicationId,
        String title,
        byte[] textEnc,
        Instant createdAt,
        Instant readAt) {}
