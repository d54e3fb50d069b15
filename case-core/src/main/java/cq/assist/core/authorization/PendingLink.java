package cq.assist.core.authorization;

import java.time.Instant;

/** An open co-signing token of one member, with the links to show again. */
public record PendingLink(int memberSeq, String authorizeUrl, String qrPngUrl, Instant expiresAt) {}
