package cq.assist.core.casework;

import cq.assist.core.itemcase.Groups;
import cq.assist.core.itemcase.ItemCaseSteps;
import cq.assist.core.itemcase.Step;
import cq.assist.core.pii.Masking;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public notices (公示) a civil-affairs office follows: the 7-day notices of 低保/特困 cases of its
 * communities now running, and those objected to in the last {@value #OBJECTION_DAYS} days with the
 * objections and how each was handled (the case reopened to the home visit). An office sees a case when it is
 * the case's street review or district decision office (whole department codes, as {@link StaffAccess});
 * other departments and administrators see none. Household names are masked.
 */
@Service
public class ListingNotices {

    /** How long an objected case stays on the list after its objection. */
    public static final int OBJECTION_DAYS = 30;

    private static final int LIMIT = 500;

    private final NoticeReadMapper notices;
    private final BusinessClock clock;

    public ListingNotices(NoticeReadMapper notices, BusinessClock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** The notices the caller's office follows, running ones first (by end), at most 500. */
    @Transactional(readOnly = true)
    public List<Notice> forOffice(StaffScope scope) {
        if (scope.admin() || !StaffAccess.wellFormed(scope) || !"CIVIL_AFFAIRS".equals(scope.departmentKind())) {
            return List.of();
        }
        String group = Groups.department(scope.department());
        Instant since = clock.now().minus(Duration.ofDays(OBJECTION_DAYS));
        List<NoticeReadMapper.NoticeRow> rows = notices.selectNotices(scope.region(), since, LIMIT).stream()
                .filter(r -> group.equals(Step.STREET_REVIEW.candidateGroup(r.departmentCode(), r.communityCode()))
                        || group.equals(Step.DISTRICT_DECISION.candidateGroup(r.departmentCode(), r.communityCode())))
                .toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Objection>> objections =
                notices
                        .selectObjections(rows.stream()
                                .map(NoticeReadMapper.NoticeRow::caseId)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                NoticeReadMapper.ObjectionRow::caseId,
                                Collectors.mapping(
                                        o -> new Objection(o.event(), o.text(), objector(o.actor()), o.at()),
                                        Collectors.toList())));
        return rows.stream()
                .map(r -> {
                    boolean running = "PUBLIC_NOTICE".equals(r.status());
                    Instant until = running ? r.dueAt() : null;
                    Instant from = until == null ? null : until.minus(Duration.ofDays(ItemCaseSteps.NOTICE_DAYS));
                    return new Notice(
                            r.caseId(),
                            r.applicationId(),
                            r.applicationNo(),
                            r.itemCode(),
                            Masking.name(r.applicantName()),
                            r.communityCode(),
                            r.status(),
                            r.currentStep(),
                            r.proposedAmount(),
                            from,
                            until,
                            objections.getOrDefault(r.caseId(), List.of()));
                })
                .toList();
    }

    /** Who objected, as the office may read it: PUBLIC for a resident, STAFF for an office, SYSTEM. */
    private static String objector(String actor) {
        if (actor == null || actor.startsWith("public:")) {
            return "PUBLIC";
        }
        return "system".equalsIgnoreCase(actor) ? "SYSTEM" : "STAFF";
    }

    /**
     * One notice.
     *
     * @param status PUBLIC_NOTICE while running; after an objection the case's status (IN_REVIEW)
     * @param currentStep the case's open step (HOME_VISIT after an objection reopened it)
     * @param proposedAmount the rules' amount (yuan a month), or null
     * @param from start of the 7-day notice (running notices only)
     * @param until end of the notice (running notices only)
     */
    public record Notice(
            String caseId,
            String applicationId,
            String applicationNo,
            String itemCode,
            String householdName,
            String communityCode,
            String status,
            String currentStep,
            BigDecimal proposedAmount,
            Instant from,
            Instant until,
            List<Objection> objections) {}

    /**
     * An objection ({@code event} OBJECTION, with its text) or its handling ({@code event} REOPENED).
     *
     * @param by PUBLIC, STAFF or SYSTEM (never a resident's identity)
     */
    public record Objection(String event, String text, String by, Instant at) {}
}
