package cq.assist.core.authorization;

import java.time.Instant;

/**
 * What a co-signer sees before signing; names masked.
 *
 * @param memberRelation the member's relation to the applicant as filed ({@code SPOUSE}, {@code CHILD}, ...), so
 *     that two masked names of one surname can be told apart
 * @param guardianRequired true when the member is under 18 on the business date: the link cannot be used to sign
 *     or refuse, a guardian signs in person before the community worker
 */
public record CoSigningView(
        String applicationNo,
        String applicantName,
        String memberName,
        String memberRelation,
        boolean guardianRequired,
        String letterText,
        String letterVersion,
        Instant expiresAt) {}
