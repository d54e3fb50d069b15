package cq.assist.webapi.casework;

import cq.assist.core.casework.ListingNotices;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/public-notices} (web-api): the 7-day public notices a civil-affairs office follows, running
 * ones first, then those objected to in the last 30 days: {@code [{caseId, applicationId, applicationNo,
 * itemCode, householdName (masked), communityCode, status, currentStep, proposedAmount (yuan a month), from,
 * until, objections: [{event: OBJECTION|REOPENED, text, by: PUBLIC|STAFF|SYSTEM, at}]}]}. Other departments:
 * an empty list. Objections are raised with {@code POST /applications/{id}/objections}.
 */
@RestController
@PreAuthorize("hasAnyRole('STREET_REVIEWER', 'DISTRICT_APPROVER')")
class NoticeController {

    private final ListingNotices notices;

    NoticeController(ListingNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/api/v1/public-notices")
    List<NoticeResponse> notices(Caller caller) {
        return notices.forOffice(StaffApplicationController.scope(caller)).stream()
                .map(n -> new NoticeResponse(
                        n.caseId(),
                        n.applicationId(),
                        n.applicationNo(),
                        n.itemCode(),
                        n.householdName(),
                        n.communityCode(),
                        n.status(),
                        n.currentStep(),
                        n.proposedAmount() == null
                                ? null
                                : n.proposedAmount()
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .toPlainString(),
                        BusinessClock.toOffset(n.from()),
                        BusinessClock.toOffset(n.until()),
                        n.objections().stream()
                                .map(o ->
                                        new ObjectionView(o.event(), o.text(), o.by(), BusinessClock.toOffset(o.at())))
                                .toList()))
                .toList();
    }

    /** One notice. */
    record NoticeResponse(
            String caseId,
            String applicationId,
            String applicationNo,
            String itemCode,
            String householdName,
            String communityCode,
            String status,
            String currentStep,
            String proposedAmount,
            OffsetDateTime from,
            OffsetDateTime until,
            List<ObjectionView> objections) {}

    /** One objection or its handling. */
    record ObjectionView(String event, String text, String by, OffsetDateTime at) {}
}
