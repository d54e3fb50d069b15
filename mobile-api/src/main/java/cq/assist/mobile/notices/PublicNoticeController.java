package cq.assist.mobile.notices;

import cq.assist.core.login.Roles;
import cq.assist.core.publicnotice.PublicNotice;
import cq.assist.core.publicnotice.PublicNotices;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import cq.assist.workflow.item.Objections;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
 * API.md "Residents after filing": {@code GET /public-notices?communityCode=} (no login) lists the 7-day
 * notices of that community now running, {@code [{id, itemName, householdName (masked), members, amount,
 * from, until}]}; {@code POST /public-notices/{id}/objections {text}} by a logged-in resident: 201, the case
 * goes back to the home visit; the notice is over: 409; unknown: 404; no text: 400 naming {@code text}.
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
    List<Notice> running(@RequestParam @Pattern(regexp = "\\d{12}") String communityCode) {
        return notices.running(communityCode).stream().map(Notice::of).toList();
    }

    @PostMapping("/api/v1/public-notices/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('" + Roles.RESIDENT + "')")
    Objected object(@PathVariable String id, @Valid @RequestBody ObjectionRequest body, Caller caller) {
        objections.raiseAsPublic(id, body.text().strip(), caller.subject());
        return new Objected(id, "REOPENED");
    }

    /** The body of an objection: what the objector knows (1 to 2000 characters). */
    record ObjectionRequest(@NotBlank @Size(max = 2000) String text) {}

    /** The answer: the notice objected to, and that its case went back to the investigation. */
    record Objected(String noticeId, String result) {}

    /** One notice as the public reads it; money in yuan per month as a decimal string. */
    record Notice(
            String id,
            String itemCode,
            String itemName,
            String householdName,
            int members,
            String amount,
            OffsetDateTime from,
            OffsetDateTime until) {

        static Notice of(PublicNotice n) {
            return new Notice(
                    n.id(),
                    n.itemCode(),
                    n.itemName(),
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
