package cq.assist.core.authorization;

import java.time.Instant;

/** What a co-signer sees before signing; names masked. */
public record CoSigningView(
        String applicationNo,
        String applicantName,
        String memberName,
        String letterText,
        String letterVersion,
        Instant expiresAt) {}
