package cq.assist.mobile.insurance;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.insurance.FilingInsuranceClaims;
import cq.assist.core.insurance.InsuranceClaimView;
import cq.assist.core.intake.Filer;
import cq.assist.core.login.Roles;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.i18n.Reasons;
import cq.assist.web.security.Caller;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resident's insurance claims (API.md "Residents after filing": {@code GET /insurance-claims?applicationId=}
 * {@code [{id, insurer, status, amountClaimed, amountPaid?, decidedAt?}]}, plus reason and consent state) and
 * {@code POST /insurance-claims/{id}/consent {consent: true|false}}: 200 with the claim (FILED or
 * CONSENT_REFUSED); no longer awaiting consent 409; another's 404. Money is a decimal string in yuan.
 */
@RestController
class InsuranceClaimController {

    private final FilingInsuranceClaims claims;

    InsuranceClaimController(FilingInsuranceClaims claims) {
        this.claims = claims;
    }

    @GetMapping("/api/v1/insurance-claims")
    List<Claim> list(@RequestParam String applicationId, Caller caller) {
        return claims.ofApplication(filer(caller), applicationId).stream()
                .map(InsuranceClaimController::claim)
                .toList();
    }

    @PostMapping("/api/v1/insurance-claims/{id}/consent")
    Claim consent(@PathVariable String id, @RequestBody ConsentBody body, Caller caller) {
        if (body == null || body.consent() == null) {
            throw DomainException.invalid(List.of(new FieldError("consent", "intake.required")));
        }
        return claim(claims.consent(filer(caller), id, body.consent()));
    }

    /** {@code consent}: true to have the claim filed, false to refuse it. */
    record ConsentBody(Boolean consent) {}

    /**
     * One claim; {@code consentRequired} while it waits for the resident; {@code medicalAidReduced} when the
     * payout lowered the medical-aid amount still to be decided.
     */
    record Claim(
            String id,
            String insurer,
            String status,
            String amountClaimed,
            String amountPaid,
            OffsetDateTime decidedAt,
            String reason,
            OffsetDateTime createdAt,
            OffsetDateTime filedAt,
            boolean consentRequired,
            boolean medicalAidReduced) {}

    static Claim claim(InsuranceClaimView v) {
        return new Claim(
                v.id(),
                Reasons.text(v.insurer()),
                v.status(),
                money(v.amountClaimed()),
                money(v.amountPaid()),
                BusinessClock.toOffset(v.decidedAt()),
                Reasons.text(v.reason()),
                BusinessClock.toOffset(v.createdAt()),
                BusinessClock.toOffset(v.filedAt()),
                "AWAITING_CONSENT".equals(v.status()),
                v.medicalAidReduced());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Filer filer(Caller caller) {
        return caller.hasRole(Roles.COMMUNITY_WORKER)
                ? Filer.worker(caller.subject(), caller.scope(Roles.CLAIM_COMMUNITY))
                : Filer.resident(caller.subject());
    }
}
