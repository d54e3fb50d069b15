package cq.assist.mobile.authorization;

import cq.assist.core.authorization.AuthorizationSettings;
import cq.assist.core.authorization.CoSignature;
import cq.assist.core.authorization.CoSigning;
import cq.assist.core.authorization.CoSigningView;
import cq.assist.core.time.BusinessClock;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Co-signing through a link or QR code; no login, the token is the credential. */
@RestController
@RequestMapping("/api/v1/authorizations/{token}")
class AuthorizationController {

    private final CoSigning coSigning;
    private final AuthorizationSettings settings;

    AuthorizationController(CoSigning coSigning, AuthorizationSettings settings) {
        this.coSigning = coSigning;
        this.settings = settings;
    }

    @GetMapping
    CoSigningResponse view(@PathVariable String token) {
        CoSigningView view = coSigning.view(token);
        return new CoSigningResponse(
                view.applicationNo(),
                view.applicantName(),
                view.memberName(),
                view.letterText(),
                view.letterVersion(),
                BusinessClock.toOffset(view.expiresAt()));
    }

    @PostMapping
    CoSignedResponse sign(@PathVariable String token, @Valid @RequestBody CoSignRequest request) {
        coSigning.sign(
                token, new CoSignature(request.name(), request.idNumber(), request.smsCode(), request.signature()));
        return CoSignedResponse.SIGNED;
    }

    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String token) {
        coSigning.view(token);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(settings.authorizeUrl(token)));
    }
}
