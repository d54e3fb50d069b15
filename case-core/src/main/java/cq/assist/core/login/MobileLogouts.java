package cq.assist.core.login;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logout of the phone app (issue 11): a mobile token that logged out is refused from then on, until it would
 * have expired anyway. Only logged-out tokens are recorded (table {@code mobile_token_logout}), so the check a
 * request makes is one primary-key lookup; nothing is written at login.
 */
@Service
public class MobileLogouts {

    private final MobileLogoutMapper logouts;
    private final Clock clock;

    public MobileLogouts(MobileLogoutMapper logouts) {
        this.logouts = logouts;
        this.clock = Clock.systemUTC();
    }

    /**
     * Ends a token: it is refused from now on. Logging out twice is the same as once.
     *
     * @param jti the token id (its {@code jti} claim)
     * @param subject the token subject (account id as text)
     * @param expiresAt the token expiry (UTC)
     */
    @Transactional
    public void logOut(String jti, String subject, Instant expiresAt) {
        logouts.insert(jti, subject, clock.instant(), expiresAt);
    }

    /** Whether the token with this id logged out. */
    @Transactional(readOnly = true)
    public boolean loggedOut(String jti) {
        return logouts.countByJti(jti) > 0;
    }
}
