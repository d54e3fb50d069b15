package cq.assist.mobile.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The application view of API.md; personal data masked. {@code delayed} (added by issue 7): a step of the
 * application failed and waits for staff (an open incident); the timeline says so too. Beyond API.md
 * (issue 11): each item's {@code proposedAmount} and {@code nextStep}, and the application's
 * {@code nextStep} (the open step due first; absent when none), and the household's {@code communityCode}
 * (the public-notices page starts with the resident's own community). Beyond API.md (issue 7, review M11):
 * {@code anonymisedAt}, when the retention job removed the application's personal data (null while kept); (issue
 * 9) each item's {@code paysCash} (a grant of it pays money, so the household needs a payee account) and the
 * application's {@code payeeAccount} (the number masked to its last 4 digits; null when none was given).
 */
record ApplicationResponse(
        String id,
        String applicationNo,
        String status,
        String filedBy,
        OffsetDateTime submittedAt,
        List<PendingAuthorization> pendingAuthorizations,
        List<Item> items,
        List<CharityMatch> charityMatches,
        List<TimelineEntry> timeline,
        List<InsuranceClaim> insuranceClaims,
        boolean delayed,
        NextStep nextStep,
        String communityCode,
        OffsetDateTime anonymisedAt,
        PayeeAccount payeeAccount) {

    record PendingAuthorization(String memberName, String authorizeUrl, String qrPngUrl, OffsetDateTime expiresAt) {}

    record Item(
            String code,
            String name,
            String department,
            String kind,
            String status,
            List<String> reasons,
            String amount,
            OffsetDateTime decidedAt,
            String proposedAmount,
            NextStep nextStep,
            boolean paysCash) {}

    /**
     * The account the grants are paid into (beyond API.md, issue 9): the number masked (only its last 4 digits),
     * the bank, and when it was last given.
     */
    record PayeeAccount(String accountNumber, String bankName, OffsetDateTime givenAt) {}

    /**
     * What happens next (beyond API.md): the step's code (HOME_VISIT, STREET_REVIEW, PUBLIC_NOTICE,
     * DISTRICT_DECISION, DEPARTMENT_REVIEW), what it is in words, and when it is due (working days).
     */
    record NextStep(String step, String text, OffsetDateTime dueAt) {}

    /** A 惠民济困保 claim of the application (see {@code GET /insurance-claims}); money in yuan. */
    record InsuranceClaim(
            String id,
            String insurer,
            String status,
            String amountClaimed,
            String amountPaid,
            OffsetDateTime decidedAt,
            String reason) {}

    record CharityMatch(String projectId, String name, String organisation, List<String> reasons) {}

    record TimelineEntry(OffsetDateTime at, String event, String by) {}
}
