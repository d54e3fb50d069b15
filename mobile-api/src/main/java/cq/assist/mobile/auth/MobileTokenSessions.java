package cq.assist.mobile.auth;

import cq.assist.core.login.MobileLogouts;
import cq.assist.web.security.TokenSessions;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * mobile-api refuses a token that logged out ({@code POST /api/v1/auth/logout}, {@link MobileLogouts});
 * other tokens are checked by signature, issuer, audience and time as before. Nothing is recorded at login.
 */
@Component
class MobileTokenSessions implements TokenSessions {

    private final MobileLogouts logouts;

    MobileTokenSessions(MobileLogouts logouts) {
        this.logouts = logouts;
    }

    @Override
    public void opened(String jti, String subject, Instant issuedAt, Instant expiresAt) {
        // only logouts are recorded
    }

    @Override
    public boolean active(String jti, String subject) {
        return !logouts.loggedOut(jti);
    }
}
