package cq.assist.mobile.charity;

import cq.assist.core.charityrequest.RequestingCharityHelp;
import cq.assist.core.intake.Filer;
import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resident's charity endpoints (API.md "Residents after filing" and the mobile-api table): matched
 * projects, requests with a separate consent (201; not among the matches 422; consent not given 400),
 * following requests, withdrawing a consent. Another's application or request: 404.
 */
@RestController
class CharityController {

    private final RequestingCharityHelp charity;

    CharityController(RequestingCharityHelp charity) {
        this.charity = charity;
    }

    @GetMapping("/api/v1/charity-projects")
    List<CharityViews.ProjectOffer> projects(@RequestParam String applicationId, Caller caller) {
        return charity.offers(filer(caller), applicationId).stream()
                .map(CharityViews::offer)
                .toList();
    }

    @PostMapping("/api/v1/charity-requests")
    ResponseEntity<CharityViews.Request> request(@Valid @RequestBody NewRequest body, Caller caller) {
        CharityViews.Request view = CharityViews.request(charity.request(
                filer(caller),
                body.applicationId(),
                body.projectId(),
                Boolean.TRUE.equals(body.consentToShare()),
                body.consentTextSha256()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/charity-requests/" + view.id()))
                .body(view);
    }

    @GetMapping("/api/v1/charity-requests")
    List<CharityViews.Request> list(@RequestParam(required = false) String applicationId, Caller caller) {
        return charity.list(filer(caller), applicationId).stream()
                .map(CharityViews::request)
                .toList();
    }

    @GetMapping("/api/v1/charity-requests/{id}")
    CharityViews.Request read(@PathVariable String id, Caller caller) {
        return CharityViews.request(charity.read(filer(caller), id));
    }

    /** Withdraws the consent: the charity sees none of the data from now on; 409 when already withdrawn. */
    @PostMapping("/api/v1/charity-requests/{id}/consent/withdraw")
    CharityViews.Request withdraw(@PathVariable String id, Caller caller) {
        return CharityViews.request(charity.withdrawConsent(filer(caller), id));
    }

    /**
     * The body of a request: the application, the matched project and the separate consent (must be true);
     * optionally the SHA-256 of the consent text the app showed (beyond the contract), so that terms changed
     * since are refused with 409 instead of being recorded as agreed.
     */
    record NewRequest(
            @NotBlank @Size(max = 36) String applicationId,
            @NotBlank @Size(max = 32) String projectId,
            Boolean consentToShare,
            @Size(max = 64) String consentTextSha256) {}

    private static Filer filer(Caller caller) {
        return caller.hasRole(Roles.COMMUNITY_WORKER)
                ? Filer.worker(caller.subject(), caller.scope(Roles.CLAIM_COMMUNITY))
                : Filer.resident(caller.subject());
    }
}
