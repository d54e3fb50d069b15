package cq.assist.mobile.authorization;

import cq.assist.core.authorization.AuthorizationSettings;
import cq.assist.core.authorization.CoSignature;
import cq.assist.core.authorization.CoSigning;
import cq.assist.core.authorization.CoSigningView;
import cq.assist.core.authorization.RefusingAuthorization;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Co-signing through a link or QR code; no login, the token is the credential. The code is asked for
 * with {@code POST /authorizations/{token}/sms-code} and goes to the member's phone on file.
 */
@RestController
@RequestMapping("/api/v1/authorizations/{token}")
class AuthorizationController {

    private final CoSigning coSigning;
    private final AuthorizationSettings settings;
    private final ClientAddresses clientAddresses;
    private final RefusingAuthorization refusing;

    AuthorizationController(
            CoSigning coSigning,
            AuthorizationSettings settings,
            ClientAddresses clientAddresses,
            RefusingAuthorization refusing) {
        this.refusing = refusing;
        this.coSigning = coSigning;
        this.settings = settings;
        this.clientAddresses = clientAddresses;
    }

    @GetMapping
    CoSigningResponse view(@PathVariable String token) {
        CoSigningView view = coSigning.view(token);
        return new CoSigningResponse(
                view.applicationNo(),
                view.applicantName(),
                view.memberName(),
                view.memberRelation(),
                view.guardianRequired(),
                view.letterText(),
                view.letterVersion(),
                BusinessClock.toOffset(view.expiresAt()));
    }

    @PostMapping
    CoSignedResponse sign(
            @PathVariable String token, @Valid @RequestBody CoSignRequest request, HttpServletRequest http) {
        coSigning.sign(
                token,
                new CoSignature(request.name(), request.idNumber(), request.smsCode(), request.signature()),
                clientAddresses.of(http));
        return CoSignedResponse.SIGNED;
    }

    @PostMapping("/sms-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SentTo sendCode(@PathVariable String token, HttpServletRequest request) {
        return new SentTo(coSigning.sendCode(token, clientAddresses.of(request)));
    }

    /** Where a co-signing code went: the masked phone on file. */
    record SentTo(String sentTo) {}

    /** A member refuses to sign: the application ends and the applicant is told. The reason is optional. */
    @PostMapping("/refuse")
    CoSignedResponse refuse(@PathVariable String token, @Valid @RequestBody(required = false) RefuseRequest body) {
        refusing.refuse(token, body == null ? null : body.reason());
        return CoSignedResponse.REFUSED;
    }

    /** The body of a refusal: the member's reason (optional, at most 500 characters). */
    record RefuseRequest(@Size(max = RefusingAuthorization.MAX_REASON) String reason) {}

    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String token) {
        coSigning.view(token);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(settings.authorizeUrl(token)));
    }
}
