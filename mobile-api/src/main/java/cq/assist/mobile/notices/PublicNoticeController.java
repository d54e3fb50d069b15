package cq.assist.mobile.notices;

import cq.assist.core.casework.ObjectingToNotice;
import cq.assist.core.casework.PublicNotices;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.i18n.Reasons;
import cq.assist.web.security.Caller;
import cq.assist.workflow.item.Objections;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public notices (公示) of a community: {@code GET /api/v1/public-notices?communityCode=} (no login)
 * lists those running; {@code POST /api/v1/public-notices/{id}/objections} {@code {text}} lets a logged-in
 * resident object: 201 and the case goes back to investigation, 409 once the notice is over (or another
 * objection reopened it already), 404 for an unknown notice. The objector's account is recorded, not shown.
 */
@RestController
class PublicNoticeController {

    private final PublicNotices notices;
    private final Objections objections;

    PublicNoticeController(PublicNotices notices, Objections objections) {
        this.notices = notices;
        this.objections = objections;
    }

    @GetMapping("/api/v1/public-notices")
    List<NoticeResponse> running(@RequestParam String communityCode) {
        return notices.running(communityCode).stream().map(NoticeResponse::of).toList();
    }

    @PostMapping("/api/v1/public-notices/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('RESIDENT')")
    ObjectionRecorded object(Caller caller, @PathVariable String id, @Valid @RequestBody ObjectionBody body) {
        objections.raiseAsPublic(id, body.text(), caller.subject());
        return new ObjectionRecorded(id, "INVESTIGATION");
    }

    /** {@code {text}}: the objection as the resident wrote it (at most {@link ObjectingToNotice#MAX_TEXT}). */
    record ObjectionBody(@NotBlank @Size(max = ObjectingToNotice.MAX_TEXT) String text) {}

    /** The answer of an objection: the notice's case went back to investigation. */
    record ObjectionRecorded(String id, String result) {}

    /** One notice as API.md lists it; {@code amount} in yuan as a string. */
    record NoticeResponse(
            String id,
            String itemName,
            String householdName,
            int members,
            String amount,
            OffsetDateTime from,
            OffsetDateTime until) {

        static NoticeResponse of(PublicNotices.Notice n) {
            return new NoticeResponse(
                    n.id(),
                    Reasons.text(n.itemName()),
                    n.householdName(),
                    n.members(),
                    n.amount() == null
                            ? null
                            : n.amount()
                                    .setScale(2, java.math.RoundingMode.HALF_UP)
                                    .toPlainString(),
                    BusinessClock.toOffset(n.from()),
                    BusinessClock.toOffset(n.until()));
        }
    }
}
