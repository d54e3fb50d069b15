package cq.assist.webapi.security;

import cq.assist.core.account.StaffSessions;
import cq.assist.web.security.SecurityProperties;
import cq.assist.web.security.TokenSessions;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** web-api keeps a session per staff token: logout, revocation on disable, idle timeout (M4). */
@Component
class StaffTokenSessions implements TokenSessions {

    private final StaffSessions sessions;
    private final SecurityProperties properties;

    StaffTokenSessions(StaffSessions sessions, SecurityProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    @Override
    public void opened(String jti, String subject, Instant issuedAt, Instant expiresAt) {
        sessions.open(jti, subject, issuedAt, expiresAt);
    }

    @Override
    public boolean active(String jti, String subject) {
        return sessions.use(jti, subject, properties.idleTimeout());
    }
}
