package cq.assist.webapi.casework;

import cq.assist.core.casework.StepFacts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The staff view of an application (API.md application view plus the masked applicant and the target);
 * {@code householdFacts} holds what the caller's step needs of the household (masked), null before the
 * economic check has run. {@code anonymisedAt} (issue 7, review M11): when the retention job removed the
 * application's personal data (the applicant's ID number and phone are then null, names masked); null while kept.
 */
record StaffApplicationResponse(
        String id,
        String applicationNo,
        String status,
        String filedBy,
        OffsetDateTime submittedAt,
        Applicant applicant,
        String communityCode,
        LocalDate targetDate,
        boolean overdue,
        List<Item> items,
        List<CharityMatch> charityMatches,
        List<TimelineEntry> timeline,
        HouseholdCharityHelp householdCharityHelp,
        List<InsuranceClaim> insuranceClaims,
        StepFacts.Shown householdFacts,
        OffsetDateTime anonymisedAt) {

    /** A 惠民济困保 claim of the application; money in yuan; {@code medicalAidReduced} when it lowered MEDICAL_AID. */
    record InsuranceClaim(
            String id,
            String insurer,
            String status,
            String amountClaimed,
            String amountPaid,
            String reason,
            OffsetDateTime decidedAt,
            boolean medicalAidReduced) {}

    /**
     * Charity help accepted for the household (any of its applications), its total in yuan, and a warning
     * for the reviewer while temporary or medical aid of the application is still to be decided.
     */
    record HouseholdCharityHelp(List<CharityHelp> entries, String total, String warning) {}

    /** One accepted charity request; amount in yuan (one-off). */
    record CharityHelp(
            String requestId,
            String projectId,
            String projectName,
            String organisation,
            String amount,
            OffsetDateTime decidedAt) {}

    record Applicant(String name, String idNumber, String phone) {}

    record Item(
            String code,
            String name,
            String department,
            String kind,
            String status,
            List<String> reasons,
            String amount,
            OffsetDateTime decidedAt,
            String proposedAmount) {}

    record CharityMatch(String projectId, String name, String organisation, List<String> reasons) {}

    record TimelineEntry(OffsetDateTime at, String event, String by) {}
}
