package cq.assist.webapi.account;

import cq.assist.core.account.StaffAccounts;
import cq.assist.core.account.StaffPasswords;
import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the console is talking to, {@code {username, displayName, roles, department,
 * regionCode, subject}}. Roles and scope are those of the token (what the server enforces for this token);
 * {@code subject} is the token's subject, the value a task's {@code assignee} carries when this account holds
 * it. {@code POST /api/v1/me/password {currentPassword, newPassword}}: 204, the password changed under the
 * policy and every token of the account revoked (log in again); 400 naming {@code currentPassword} or
 * {@code newPassword} with the rule broken.
 */
@RestController
class MeController {

    private final StaffAccounts accounts;
    private final StaffPasswords passwords;

    MeController(StaffAccounts accounts, StaffPasswords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @PostMapping("/api/v1/me/password")
    ResponseEntity<Void> changePassword(Caller caller, @RequestBody PasswordChange body) {
        long id = accounts.bySubject(caller.subject())
                .map(a -> a.id())
                .orElseThrow(() -> cq.assist.core.common.DomainException.notFound("account.notFound"));
        passwords.change(id, body.currentPassword(), body.newPassword(), "newPassword");
        return ResponseEntity.noContent().build();
    }

    /** Body of {@code POST /me/password}; never logged. */
    record PasswordChange(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[...]";
        }
    }

    @GetMapping("/api/v1/me")
    Me me(Caller caller) {
        List<String> roles = caller.roles().stream().sorted().toList();
        String department = caller.scope(Roles.CLAIM_DEPARTMENT);
        String region = caller.scope(Roles.CLAIM_REGION);
        return accounts.bySubject(caller.subject())
                .map(a -> new Me(a.username(), a.displayName(), roles, department, region, caller.subject()))
                .orElseGet(
                        () -> new Me(caller.subject(), caller.subject(), roles, department, region, caller.subject()));
    }

    /** The answer of {@code GET /me}. */
    record Me(
            String username,
            String displayName,
            List<String> roles,
            String department,
            String regionCode,
            String subject) {}
}
