package cq.assist.core.casework;

import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.intake.EventRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The staff view of an application; personal data masked.
 *
 * @param targetDate the 10-working-day target for deciding the whole application
 * @param overdue the target passed and the application is still open
 * @param anonymisedAt when the retention job removed the personal data (ID number and phone then null, names
 *     masked); null while kept
 */
public record StaffApplication(
        String id,
        String applicationNo,
        String status,
        String filedBy,
        Instant submittedAt,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String communityCode,
        LocalDate targetDate,
        boolean overdue,
        List<ApplicationItems.Item> items,
        List<ApplicationItems.Match> charityMatches,
        List<EventRow> timeline,
        Instant anonymisedAt) {}
