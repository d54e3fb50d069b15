package cq.assist.core.account;

import cq.assist.core.account.StaffSessionMapper.SessionRow;
import cq.assist.core.account.StaffSessionMapper.SessionState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server-side sessions of staff tokens: a token is refused once logged out, once its account is disabled
 * (checked on every request, so at once), and after {@code idleTimeout} without a request (等保: 登录连接超时
 * 自动退出). Times are UTC wall clock, never the business clock (the demo clock must not end sessions).
 * {@code last_seen_at} is written at most once per {@link #TOUCH_INTERVAL} per session.
 */
@Service
public class StaffSessions {

    /** How often a session's last use is written. */
    public static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

    private final StaffSessionMapper sessions;
    private final Clock clock;

    public StaffSessions(StaffSessionMapper sessions) {
        this.sessions = sessions;
        this.clock = Clock.systemUTC();
    }

    /** Records an issued token; a numeric subject is taken as the staff account id. */
    @Transactional
    public void open(String jti, String subject, Instant issuedAt, Instant expiresAt) {
        sessions.insert(new SessionRow(jti, subject, accountIdOf(subject), issuedAt, expiresAt));
    }

    /**
     * Whether the token may be used now; a use is recorded for the idle timeout.
     *
     * @param idleTimeout longest allowed gap between two requests
     */
    @Transactional
    public boolean use(String jti, String subject, Duration idleTimeout) {
        return refusal(jti, subject, idleTimeout) == null;
    }

    /**
     * Checks the token like {@link #use} and says why it is refused: {@code UNKNOWN} (no such session, or
     * another subject's), {@code REVOKED} (logged out or revoked earlier), {@code DISABLED}, {@code EXPIRED},
     * {@code IDLE}; null when it may be used (the use is recorded).
     */
    @Transactional
    public String refusal(String jti, String subject, Duration idleTimeout) {
        SessionState state = sessions.selectState(jti).orElse(null);
        Instant now = clock.instant();
        if (state == null || !state.subject().equals(subject)) {
            return "UNKNOWN";
        }
        if (state.revokedAt() != null) {
            return "REVOKED";
        }
        if (!state.enabled()) {
            sessions.revoke(jti, now, "DISABLED");
            return "DISABLED";
        }
        if (now.isAfter(state.expiresAt())) {
            return "EXPIRED";
        }
        if (Duration.between(state.lastSeenAt(), now).compareTo(idleTimeout) > 0) {
            sessions.revoke(jti, now, "IDLE");
            return "IDLE";
        }
        if (Duration.between(state.lastSeenAt(), now).compareTo(TOUCH_INTERVAL) > 0) {
            sessions.updateLastSeen(jti, now);
        }
        return null;
    }

    /** Logout: the token is refused from now on. */
    @Transactional
    public void logOut(String jti) {
        sessions.revoke(jti, clock.instant(), "LOGOUT");
    }

    /** Revokes every token of an account (disabled, locked, roles changed); returns how many. */
    @Transactional
    public int revokeAll(String subject, String reason) {
        return sessions.revokeSubject(subject, clock.instant(), reason);
    }

    private static Long accountIdOf(String subject) {
        try {
            return Long.valueOf(subject);
        } catch (NumberFormatException notAnAccount) {
            return null;
        }
    }
}
