package cq.assist.webapi.pii;

import cq.assist.core.casework.RevealRequest;
import cq.assist.core.casework.RevealingPersonalData;
import cq.assist.core.casework.StaffScope;
import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import cq.assist.web.security.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff "full view with a stated purpose": the value in the body, never in the URL; every
 * successful view is written to the tamper-evident audit log; the answer is never cached. Only staff who
 * act on applications may ask, and only through a task of their own office ({@link RevealingPersonalData}).
 */
@RestController
@PreAuthorize("hasAnyRole('STREET_REVIEWER', 'DISTRICT_APPROVER', 'DEPARTMENT_REVIEWER')")
class PiiRevealController {

    private final RevealingPersonalData revealing;
    private final ClientAddresses addresses;

    PiiRevealController(RevealingPersonalData revealing, ClientAddresses addresses) {
        this.revealing = revealing;
        this.addresses = addresses;
    }

    @PostMapping("/api/v1/pii/reveal")
    ResponseEntity<RevealedValue> reveal(Caller caller, @RequestBody RevealBody body, HttpServletRequest http) {
        StaffScope scope = new StaffScope(
                caller.subject(),
                caller.roles(),
                caller.scope(Roles.CLAIM_DEPARTMENT),
                caller.scope(Roles.CLAIM_DEPARTMENT_KIND),
                caller.scope(Roles.CLAIM_REGION));
        String value = revealing.reveal(scope, addresses.of(http), body.toRequest());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new RevealedValue(value));
    }

    /** {@code POST /api/v1/pii/reveal} body; checked by the use case, which names every bad field. */
    record RevealBody(String subjectType, String applicationId, Integer memberSeq, String field, String purpose) {

        RevealRequest toRequest() {
            return new RevealRequest(subjectType, applicationId, memberSeq, field, purpose);
        }

        @Override
        public String toString() {
            return "RevealBody[subjectType=" + subjectType + ", applicationId=" + applicationId + "]";
        }
    }

    /** The answer: {@code {value}}. */
    record RevealedValue(String value) {}
}
