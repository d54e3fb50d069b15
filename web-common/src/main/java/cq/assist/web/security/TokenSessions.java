package cq.assist.web.security;

import java.time.Instant;

/**
 * Server-side record of issued tokens, so that a token can be refused before it expires (logout, a
 * disabled account, an idle timeout). An app that wants revocable tokens provides one bean of this
 * type; without one, tokens are checked by signature, issuer, audience and time only.
 */
public interface TokenSessions {

    /**
     * Records a token just issued.
     *
     * @param jti the token id (UUID text)
     * @param subject the token subject (account id as text)
     * @param issuedAt issue time (UTC wall clock)
     * @param expiresAt expiry (UTC wall clock)
     */
    void opened(String jti, String subject, Instant issuedAt, Instant expiresAt);

    /**
     * Whether a token presented now may still be used; also records the use for the idle timeout.
     *
     * @return false when the token id is unknown, revoked, idle too long, or its account is disabled
     */
    boolean active(String jti, String subject);
}
