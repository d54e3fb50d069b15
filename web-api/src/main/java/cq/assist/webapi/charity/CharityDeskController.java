package cq.assist.webapi.charity;

import cq.assist.core.charity.ProjectFundRow;
import cq.assist.core.charityrequest.CharityDecision;
import cq.assist.core.charityrequest.CharityDesk;
import cq.assist.core.charityrequest.CharityRequestView;
import cq.assist.core.charityrequest.DecidingCharityRequests;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.login.Roles;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import cq.assist.web.security.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A charity account's desk (API.md web-api): {@code GET /charity/needs} (requests to its own projects,
 * consented fields only; every listing audited), {@code GET /charity/projects} (fund, committed,
 * remainingFund in yuan, request count), {@code POST /charity/requests/{id}/decision} (200; over the
 * remaining fund 409; another organisation's request 404). Charity accounts only (others 403); the
 * organisation comes from the token's {@code charity} claim.
 */
@RestController
@RequestMapping("/api/v1/charity")
@PreAuthorize("hasRole('CHARITY')")
class CharityDeskController {

    private final CharityDesk desk;
    private final DecidingCharityRequests deciding;
    private final ClientAddresses addresses;

    CharityDeskController(CharityDesk desk, DecidingCharityRequests deciding, ClientAddresses addresses) {
        this.desk = desk;
        this.deciding = deciding;
        this.addresses = addresses;
    }

    @GetMapping("/needs")
    List<NeedResponse> needs(Caller caller, HttpServletRequest http) {
        return desk.needs(caller.scope(Roles.CLAIM_CHARITY), caller.subject(), addresses.of(http)).stream()
                .map(CharityDeskController::need)
                .toList();
    }

    @GetMapping("/projects")
    List<ProjectResponse> projects(Caller caller) {
        return desk.projects(caller.scope(Roles.CLAIM_CHARITY)).stream()
                .map(CharityDeskController::project)
                .toList();
    }

    @PostMapping("/requests/{id}/decision")
    DecisionResponse decide(Caller caller, @PathVariable String id, @Valid @RequestBody DecisionRequest body) {
        CharityRequestView v =
                deciding.decide(caller.scope(Roles.CLAIM_CHARITY), caller.subject(), id, body.toDecision());
        return new DecisionResponse(
                v.id(),
                v.status(),
                v.projectId(),
                money(v.amount()),
                v.reason(),
                BusinessClock.toOffset(v.decidedAt()));
    }

    /** {@code decision}: ACCEPT (with {@code amount}, yuan) or DECLINE (with {@code reason}). */
    record DecisionRequest(@NotBlank String decision, BigDecimal amount, @Size(max = 500) String reason) {

        CharityDecision toDecision() {
            if (!"ACCEPT".equals(decision) && !"DECLINE".equals(decision)) {
                throw DomainException.invalid(List.of(new FieldError("decision", "intake.enum.invalid")));
            }
            return new CharityDecision("ACCEPT".equals(decision), amount, reason);
        }
    }

    /** The answer of a decision. */
    record DecisionResponse(
            String id, String status, String projectId, String amount, String reason, OffsetDateTime decidedAt) {}

    /** A project: money in yuan; {@code requests} counts the requests it received. */
    record ProjectResponse(
            String projectId,
            String name,
            String fund,
            String committed,
            String remainingFund,
            String perPersonCap,
            boolean active,
            long requests) {}

    /**
     * A request as the charity sees it; {@code data} holds exactly the fields of {@code sharedFields}, and
     * both are empty once the resident withdrew the consent.
     */
    record NeedResponse(
            String requestId,
            String projectId,
            String projectName,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime decidedAt,
            String amount,
            String reason,
            OffsetDateTime consentGivenAt,
            OffsetDateTime consentWithdrawnAt,
            List<String> sharedFields,
            Map<String, Object> data) {}

    private static NeedResponse need(CharityDesk.Need n) {
        return new NeedResponse(
                n.requestId(),
                n.projectId(),
                n.projectName(),
                n.status(),
                BusinessClock.toOffset(n.createdAt()),
                BusinessClock.toOffset(n.decidedAt()),
                money(n.amount()),
                n.reason(),
                BusinessClock.toOffset(n.consentGivenAt()),
                BusinessClock.toOffset(n.consentWithdrawnAt()),
                n.sharedFields().stream().map(Enum::name).toList(),
                n.data());
    }

    private static ProjectResponse project(ProjectFundRow p) {
        return new ProjectResponse(
                p.id(),
                p.name(),
                money(p.fundTotal()),
                money(p.committed()),
                money(p.fundRemaining()),
                money(p.perPersonCap()),
                p.active(),
                p.requests());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
