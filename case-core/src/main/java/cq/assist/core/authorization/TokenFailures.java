package cq.assist.core.authorization;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed signing attempts per co-signing token in a transaction of its own (so a refused
 * attempt stays counted when the signing transaction rolls back). After {@value #MAX} failures the
 * token is void: {@link OpenTokens} answers GONE for it.
 */
@Component
class TokenFailures {

    /** Failed attempts after which a token is void. */
    static final int MAX = 5;

    private final AuthorizationTokenMapper tokens;

    TokenFailures(AuthorizationTokenMapper tokens) {
        this.tokens = tokens;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void count(String tokenHash) {
        tokens.updateFailedAttempts(tokenHash);
    }

    boolean exhausted(String tokenHash) {
        return tokens.selectFailedAttempts(tokenHash) >= MAX;
    }
}
