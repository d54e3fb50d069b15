package cq.assist.core.account;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff directory: who a caller is ({@code /me}), the account list for administrators, and enabling
 * or disabling an account. Disabling revokes every token of the account at once ({@link StaffSessions}).
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
}
