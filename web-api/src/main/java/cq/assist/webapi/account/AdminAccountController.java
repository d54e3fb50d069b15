package cq.assist.webapi.account;

import cq.assist.core.account.StaffAccounts;
import cq.assist.core.account.StaffSummary;
import cq.assist.web.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators: {@code GET /api/v1/admin/accounts} lists staff accounts; {@code PUT
 * /api/v1/admin/accounts/{username}} with {@code {enabled}} enables or disables one (disabling revokes its
 * tokens at once). Never returns a password hash or TOTP secret.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountController {

    private final StaffAccounts accounts;

    AdminAccountController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/admin/accounts")
    List<AccountResponse> list() {
        Instant now = Instant.now();
        return accounts.all().stream().map(a -> AccountResponse.of(a, now)).toList();
    }

    @PutMapping("/api/v1/admin/accounts/{username}")
    AccountResponse update(Caller caller, @PathVariable String username, @Valid @RequestBody AccountUpdate body) {
        return AccountResponse.of(accounts.setEnabled(username, body.enabled(), caller.subject()), Instant.now());
    }

    /** Body of the PUT. */
    record AccountUpdate(@NotNull Boolean enabled) {}

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
