package cq.assist.core.account;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.login.Roles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff directory: who a caller is ({@code /me}), the account list for administrators, enabling or
 * disabling an account, and changing its roles and scope. Disabling or a change of roles revokes every token of
 * the account at once ({@link StaffSessions}): a token carries the roles it was issued with.
 */
@Service
public class StaffAccounts {

    private final StaffDirectoryMapper directory;
    private final StaffSessions sessions;
    private final AuditLog audit;

    public StaffAccounts(StaffDirectoryMapper directory, StaffSessions sessions, AuditLog audit) {
        this.directory = directory;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The account behind a token subject; empty when the subject is not a staff account id. */
    @Transactional(readOnly = true)
    public Optional<StaffSummary> bySubject(String subject) {
        try {
            return directory.selectById(Long.parseLong(subject));
        } catch (NumberFormatException notAnAccount) {
            return Optional.empty();
        }
    }

    /** Every account, by username. */
    @Transactional(readOnly = true)
    public List<StaffSummary> all() {
        return directory.selectAll();
    }

    /**
     * Enables or disables an account; disabling revokes its tokens.
     *
     * @param by the administrator's account id
     * @return the account after the change
     * @throws DomainException NOT_FOUND for an unknown username
     */
    @Transactional
    public StaffSummary setEnabled(String username, boolean enabled, String by) {
        if (directory.updateEnabled(username, enabled, by, Instant.now()) == 0) {
            throw DomainException.notFound("account.notFound");
        }
        StaffSummary account = directory.selectByUsername(username).orElseThrow();
        if (!enabled) {
            sessions.revokeAll(String.valueOf(account.id()), "DISABLED");
        }
        audit.record(new AuditEntry(
                by,
                "ADMIN",
                AuditActions.ACCOUNT_CHANGE,
                "STAFF_ACCOUNT",
                String.valueOf(account.id()),
                (enabled ? "enabled " : "disabled ") + username,
                null));
        return account;
    }

    /**
     * Gives an account other roles (and the department and region the scoped roles need); its tokens are revoked,
     * so its next login carries the new roles. An administrator cannot take the administrator role from itself.
     *
     * @param roles the new roles (those an administrator may give, at least one)
     * @param departmentCode {@code KIND@region}, required with a reviewer's or approver's role, else may be null
     * @param regionCode the region scope, required with a reviewer's or approver's role, else may be null
     * @param by the administrator's account id
     * @return the account after the change
     * @throws DomainException VALIDATION naming {@code roles}, {@code roles[i]} (a null or unknown role),
     *     {@code departmentCode} or {@code regionCode} (missing or longer than its column); NOT_FOUND for an unknown
     *     username
     */
    @Transactional
    public StaffSummary changeRoles(
            String username, List<String> roles, String departmentCode, String regionCode, String by) {
        StaffSummary before =
                directory.selectByUsername(username).orElseThrow(() -> DomainException.notFound("account.notFound"));
        List<FieldError> errors = new ArrayList<>(StaffPasswords.roleErrors(roles));
        List<String> wanted = errors.isEmpty() ? List.copyOf(new LinkedHashSet<>(roles)) : List.of();
        String department = blank(departmentCode) ? null : departmentCode.strip();
        String region = blank(regionCode) ? null : regionCode.strip();
        if (wanted.isEmpty()) {
            // the roles are refused already (roleErrors names each bad entry)
        } else if (String.valueOf(before.id()).equals(by) && !wanted.contains(Roles.ADMIN)) {
            errors.add(new FieldError("roles", "account.roles.ownAdmin"));
        } else if (wanted.stream().anyMatch(StaffPasswords.SCOPED::contains)
                && (department == null || region == null)) {
            errors.add(new FieldError("departmentCode", "account.scope.required"));
        }
        errors.addAll(StaffPasswords.codeErrors(departmentCode, regionCode, null));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        directory.updateRoles(username, String.join(",", wanted), department, region, by, Instant.now());
        StaffSummary account = directory.selectByUsername(username).orElseThrow();
        int revoked = sessions.revokeAll(String.valueOf(account.id()), "ROLES_CHANGED");
        audit.record(new AuditEntry(
                by,
                Roles.ADMIN,
                AuditActions.ACCOUNT_CHANGE,
                "STAFF_ACCOUNT",
                String.valueOf(account.id()),
                "roles of " + username + ": " + before.roles() + " -> " + String.join(",", wanted) + "; " + revoked
                        + " token(s) revoked",
                null));
        return account;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
