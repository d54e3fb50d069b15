package cq.assist.mobile.auth;

import cq.assist.core.identity.IdentityInput;
import cq.assist.core.login.MobileLogouts;
import cq.assist.core.login.PhoneLogin;
import cq.assist.core.login.SmsCodes;
import cq.assist.web.security.ClientAddresses;
import cq.assist.web.security.TokenService;
import cq.assist.web.security.TokenService.AccessToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Phone login: request a code, then trade phone and code for an access token; {@code POST /logout} ends the
 * caller's token (204; refused from then on with 401, {@link MobileLogouts}). Logout without a token is 204 too.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    /** A mainland mobile number. */
    static final String PHONE = "^1[3-9]\\d{9}$";

    private final SmsCodes codes;
    private final PhoneLogin login;
    private final TokenService tokens;
    private final ClientAddresses clientAddresses;
    private final MobileLogouts logouts;

    AuthController(
            SmsCodes codes,
            PhoneLogin login,
            TokenService tokens,
            ClientAddresses clientAddresses,
            MobileLogouts logouts) {
        this.logouts = logouts;
        this.codes = codes;
        this.login = login;
        this.tokens = tokens;
        this.clientAddresses = clientAddresses;
    }

    @PostMapping("/sms-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void sendCode(@Valid @RequestBody SmsCodeRequest body, HttpServletRequest request) {
        codes.send(IdentityInput.phone(body.phone()), clientAddresses.of(request));
    }

    @PostMapping("/login")
    AccessToken logIn(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        PhoneLogin.LoggedIn who =
                login.logIn(IdentityInput.phone(body.phone()), body.code(), clientAddresses.of(request));
        return tokens.issue(who.accountId(), who.roles(), who.claims());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logOut(@AuthenticationPrincipal Jwt token) {
        if (token != null && token.getId() != null) {
            logouts.logOut(token.getId(), token.getSubject(), token.getExpiresAt());
        }
    }
}
