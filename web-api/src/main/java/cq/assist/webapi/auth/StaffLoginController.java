package cq.assist.webapi.auth;

import cq.assist.core.account.StaffIdentity;
import cq.assist.core.account.StaffLogin;
import cq.assist.core.account.StaffPasswords;
import cq.assist.core.common.DomainException;
import cq.assist.core.login.Roles;
import cq.assist.web.security.ClientAddresses;
import cq.assist.web.security.TokenService;
import cq.assist.web.security.TokenService.AccessToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff login: 200 with a bearer token; 401 for bad credentials; 423 with Retry-After while locked (an unknown
 * username answers the same); 403 {@code password-expired} for right credentials with an expired password. {@code
 * POST /auth/password {username, password, totp, newPassword}} changes a password with the full credentials (the
 * way out of an expired one): 204, or 400 naming {@code newPassword}.
 */
@RestController
@RequestMapping("/api/v1/auth")
class StaffLoginController {

    private final StaffLogin staffLogin;
    private final TokenService tokens;
    private final StaffPasswords passwords;
    private final ClientAddresses addresses;

    StaffLoginController(
            StaffLogin staffLogin, TokenService tokens, StaffPasswords passwords, ClientAddresses addresses) {
        this.addresses = addresses;
        this.staffLogin = staffLogin;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest request, HttpServletRequest http) {
        // the text rules first, so a refused new password does not spend the TOTP step
        var errors = passwords.policy().check("newPassword", request.username().trim(), request.newPassword());
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        StaffIdentity identity = staffLogin.logInToChangePassword(request.credentials(), addresses.of(http));
        passwords.change(identity.accountId(), request.password(), request.newPassword(), "newPassword");
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/login")
    AccessToken logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        StaffIdentity identity = staffLogin.logIn(request.credentials(), addresses.of(http));
        return tokens.issue(String.valueOf(identity.accountId()), identity.roles(), scopeClaims(identity));
    }

    private static Map<String, String> scopeClaims(StaffIdentity identity) {
        Map<String, String> claims = new LinkedHashMap<>();
        putIfPresent(claims, Roles.CLAIM_DEPARTMENT, identity.departmentCode());
        putIfPresent(claims, Roles.CLAIM_DEPARTMENT_KIND, identity.departmentKind());
        putIfPresent(claims, Roles.CLAIM_REGION, identity.regionCode());
        putIfPresent(claims, Roles.CLAIM_CHARITY, identity.charityOrgCode());
        return claims;
    }

    private static void putIfPresent(Map<String, String> claims, String name, String value) {
        if (value != null && !value.isBlank()) {
            claims.put(name, value);
        }
    }
}
