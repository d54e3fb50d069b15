package cq.assist.mobile.authorization;

import java.time.OffsetDateTime;

/** What a co-signer sees before signing (API.md); names masked. */
record CoSigningResponse(
        String applicationNo,
        String applicantName,
        String memberName,
        String letterText,
        String letterVersion,
        OffsetDateTime expiresAt) {}
