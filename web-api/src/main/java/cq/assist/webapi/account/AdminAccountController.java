package cq.assist.webapi.account;

import cq.assist.core.account.NewStaffAccount;
import cq.assist.core.account.StaffAccounts;
import cq.assist.core.account.StaffPasswords;
import cq.assist.core.account.StaffSummary;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.web.security.Caller;
import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators: {@code GET /api/v1/admin/accounts} lists staff accounts; {@code PUT
 * /api/v1/admin/accounts/{username}} with {@code {enabled}} enables or disables one (disabling revokes its
 * tokens at once), with {@code {roles, department, regionCode}} gives it other roles (its tokens are revoked). {@code POST /api/v1/admin/accounts} creates one under the password policy: 201 with its TOTP
 * secret (shown this once, for enrolment), 400 naming each bad field, 409 for a taken username. Never returns a
 * password hash, and a TOTP secret only at creation.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountController {

    private final StaffAccounts accounts;
    private final StaffPasswords passwords;
    private final MessageSource messages;

    AdminAccountController(StaffAccounts accounts, StaffPasswords passwords, MessageSource messages) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.messages = messages;
    }

    @PostMapping("/api/v1/admin/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(Caller caller, @RequestBody NewAccount body) {
        String secret = passwords.create(
                new NewStaffAccount(
                        body.username(),
                        body.displayName(),
                        body.roles(),
                        body.department(),
                        body.regionCode(),
                        body.charityOrgCode(),
                        body.password()),
                caller.subject());
        String username = body.username().strip();
        String issuer = messages.getMessage("account.totp.issuer", null, "assist", LocaleContextHolder.getLocale());
        String label = java.net.URLEncoder.encode(issuer + ":" + username, java.nio.charset.StandardCharsets.UTF_8);
        return new Created(
                username,
                secret,
                "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                        + java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Body of the POST; never logged (it carries the initial password). */
    record NewAccount(
            String username,
            String displayName,
            List<String> roles,
            String department,
            String regionCode,
            String charityOrgCode,
            String password) {

        @Override
        public String toString() {
            return "NewAccount[username=" + username + "]";
        }
    }

    /** The answer of the POST: the TOTP secret, this once. */
    record Created(String username, String totpSecret, String otpauthUri) {}

    @GetMapping("/api/v1/admin/accounts")
    List<AccountResponse> list() {
        Instant now = Instant.now();
        return accounts.all().stream().map(a -> AccountResponse.of(a, now)).toList();
    }

    @PutMapping("/api/v1/admin/accounts/{username}")
    AccountResponse update(Caller caller, @PathVariable String username, @RequestBody AccountUpdate body) {
        if (body.enabled() == null && body.roles() == null) {
            throw DomainException.invalid(List.of(new FieldError("enabled", "account.update.empty")));
        }
        StaffSummary account = null;
        if (body.roles() != null) {
            account = accounts.changeRoles(
                    username, body.roles(), body.department(), body.regionCode(), caller.subject());
        }
        if (body.enabled() != null) {
            account = accounts.setEnabled(username, body.enabled(), caller.subject());
        }
        return AccountResponse.of(account, Instant.now());
    }

    /**
     * Body of the PUT: {@code enabled} enables or disables the account; {@code roles} (with {@code department}
     * and {@code regionCode}, which the reviewers' and approvers' roles need) replaces its roles. At least one of
     * {@code enabled} and {@code roles}.
     */
    record AccountUpdate(Boolean enabled, List<String> roles, String department, String regionCode) {}

    /** One account as the console lists it. */
    record AccountResponse(
            String username,
            String displayName,
            List<String> roles,
            String department,
            String regionCode,
            boolean enabled,
            boolean locked) {

        static AccountResponse of(StaffSummary a, Instant now) {
            return new AccountResponse(
                    a.username(),
                    a.displayName(),
                    a.roleList(),
                    a.departmentCode(),
                    a.regionCode(),
                    a.enabled(),
                    a.lockedAt(now));
        }
    }
}
