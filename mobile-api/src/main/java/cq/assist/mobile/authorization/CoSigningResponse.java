package cq.assist.mobile.authorization;

import java.time.OffsetDateTime;

/**
 * What a co-signer sees before signing (API.md); names masked. Beyond the contract: {@code memberRelation} (the
 * member's relation to the applicant) and {@code guardianRequired} (a member under 18: a guardian signs in person
 * before the community worker, the link's code, signature and refusal answer 409 guardian-required).
 */
record CoSigningResponse(
        String applicationNo,
        String applicantName,
        String memberName,
        String memberRelation,
        boolean guardianRequired,
        String letterText,
        String letterVersion,
        OffsetDateTime expiresAt) {}
