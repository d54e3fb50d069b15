package cq.assist.core.intake;

import java.time.Instant;
import java.util.List;

/**
 * What a resident or worker may read about an application; personal data already masked.
 *
 * @param timeline entries with untranslated event codes (bundle key {@code application.event.<code>})
 * @param communityCode the community of the household (region code)
 * @param anonymisedAt when the retention job removed the personal data (names masked, no ID number, phone or
 *     address kept); null while it is kept
 */
public record ApplicationDetails(
        String id,
        String applicationNo,
        String status,
        String filedBy,
        Instant submittedAt,
        String applicantNameMasked,
        List<Pending> pendingAuthorizations,
        List<EventRow> timeline,
        String communityCode,
        Instant anonymisedAt) {

    /** A member who still has to co-sign, with the link and QR code to pass on. */
    public record Pending(String memberNameMasked, String authorizeUrl, String qrPngUrl, Instant expiresAt) {}
}
