package cq.assist.mobile.authorization;

import cq.assist.core.authorization.SignatureLimits;
import cq.assist.core.authorization.SigningInPerson;
import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * In-person signing before the community worker of the household's community ({@code POST
 * /worker/authorizations/{token}}): for a member with no phone on file, or a guardian for a minor or a ward.
 */
@RestController
@PreAuthorize("hasRole('" + Roles.COMMUNITY_WORKER + "')")
class WorkerAuthorizationController {

    private final SigningInPerson signing;

    WorkerAuthorizationController(SigningInPerson signing) {
        this.signing = signing;
    }

    @PostMapping("/api/v1/worker/authorizations/{token}")
    CoSignedResponse sign(@PathVariable String token, @Valid @RequestBody InPersonRequest body, Caller caller) {
        signing.sign(caller.subject(), token, body.identityCheck(), body.signature(), body.guardianName());
        return CoSignedResponse.SIGNED;
    }

    /**
     * The body: how the worker checked identity (ID_CARD_IN_PERSON, HOUSEHOLD_REGISTER_IN_PERSON,
     * GUARDIAN_DOCUMENT), the signature (base64 PNG) and, for a guardian, the guardian's name.
     */
    record InPersonRequest(
            @NotBlank @Size(max = 32) String identityCheck,
            @NotBlank @Size(max = SignatureLimits.MAX_BASE64) String signature,
            @Size(max = cq.assist.core.identity.IdentityInput.MAX_NAME) String guardianName) {}
}
