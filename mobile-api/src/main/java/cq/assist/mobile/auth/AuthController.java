package cq.assist.mobile.auth;

import cq.assist.core.identity.IdentityInput;
import cq.assist.core.login.PhoneLogin;
import cq.assist.core.login.SmsCodes;
import cq.assist.web.security.ClientAddresses;
import cq.assist.web.security.TokenService;
import cq.assist.web.security.TokenService.AccessToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Phone login: request a code, then trade phone and code for an access token. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    /** A mainland mobile number. */
    static final String PHONE = "^1[3-9]\\d{9}$";

    private final SmsCodes codes;
    private final PhoneLogin login;
    private final TokenService tokens;
    private final ClientAddresses clientAddresses;

    AuthController(SmsCodes codes, PhoneLogin login, TokenService tokens, ClientAddresses clientAddresses) {
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
    AccessToken logIn(@Valid @RequestBody LoginRequest body) {
        PhoneLogin.LoggedIn who = login.logIn(IdentityInput.phone(body.phone()), body.code());
        return tokens.issue(who.accountId(), who.roles(), who.claims());
    }
}
