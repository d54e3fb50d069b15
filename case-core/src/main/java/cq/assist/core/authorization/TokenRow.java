package cq.assist.core.authorization;

import java.time.Instant;

/** One co-signing token as stored: its SHA-256 for lookup and the token itself encrypted. */
public record TokenRow(
        String tokenHash,
        byte[] tokenEnc,
        String applicationId,
        Integer memberSeq,
        String letterVersion,
        Instant expiresAt,
        Instant usedAt,
        Instant reminderSentAt) {}
