package cq.assist.webapi.security;

import cq.assist.core.account.StaffSessions;
import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.web.security.SecurityProperties;
import cq.assist.web.security.TokenSessions;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * web-api keeps a session per staff token: logout, revocation on disable, idle timeout (M4). A well-signed
 * token refused by its session (logged out, revoked, disabled, expired, idle) is a refusal of access with a
 * known subject, and is audited as {@link AuditActions#ACCESS_DENIED} (401) with the reason.
 */
@Component
class StaffTokenSessions implements TokenSessions {

    private static final Logger LOG = LoggerFactory.getLogger(StaffTokenSessions.class);

    private final StaffSessions sessions;
    private final SecurityProperties properties;
    private final AuditRecorder audit;

    StaffTokenSessions(StaffSessions sessions, SecurityProperties properties, AuditRecorder audit) {
        this.sessions = sessions;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public void opened(String jti, String subject, Instant issuedAt, Instant expiresAt) {
        sessions.open(jti, subject, issuedAt, expiresAt);
    }

    @Override
    public boolean active(String jti, String subject) {
        String refusal = sessions.refusal(jti, subject, properties.idleTimeout());
        if (refusal == null) {
            return true;
        }
        try {
            audit.record(new AuditEntry(
                    subject == null ? "?" : subject,
                    "NONE",
                    AuditActions.ACCESS_DENIED,
                    "TOKEN",
                    jti,
                    "401 token refused: " + refusal,
                    null,
                    AuditOutcome.DENIED));
        } catch (RuntimeException e) { // the refusal stands whether or not it could be recorded
            LOG.error("Could not audit a refused token: {}", e.toString());
        }
        return false;
    }
}
