package cq.assist.webapi.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The staff view of an application (API.md application view plus the masked applicant and the target). */
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
        List<TimelineEntry> timeline) {

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
