package cq.assist.webapi.pii;

import cq.assist.core.audit.RevealRequest;
import cq.assist.core.audit.RevealingPersonalData;
import cq.assist.core.audit.Viewer;
import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff "full view with a stated purpose": the value in the body, never in the URL; every
 * successful view is written to the tamper-evident audit log; the answer is never cached.
 */
@RestController
class PiiRevealController {

    private final RevealingPersonalData revealing;

    PiiRevealController(RevealingPersonalData revealing) {
        this.revealing = revealing;
    }

    @PostMapping("/api/v1/pii/reveal")
    ResponseEntity<RevealedValue> reveal(Caller caller, @RequestBody RevealBody body, HttpServletRequest http) {
        Viewer viewer =
                new Viewer(caller.subject(), caller.roles(), caller.scope(Roles.CLAIM_REGION), http.getRemoteAddr());
        String value = revealing.reveal(viewer, body.toRequest());
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
