package cq.assist.mobile.intake;

import java.time.OffsetDateTime;
import java.util.List;

/** The application view of API.md; personal data masked. */
record ApplicationResponse(
        String id,
        String applicationNo,
        String status,
        String filedBy,
        OffsetDateTime submittedAt,
        List<PendingAuthorization> pendingAuthorizations,
        List<Object> items,
        List<Object> charityMatches,
        List<TimelineEntry> timeline) {

    record PendingAuthorization(String memberName, String authorizeUrl, String qrPngUrl, OffsetDateTime expiresAt) {}

    record TimelineEntry(OffsetDateTime at, String event, String by) {}
}
