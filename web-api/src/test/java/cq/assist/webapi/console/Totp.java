package cq.assist.webapi.console;

import cq.assist.core.account.TotpVerifier;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TOTP codes for the demo secret, computed as an authenticator app would. The server accepts each time
 * step once per account (and one step either side of now), so a second login of one account within the
 * same 30 seconds takes the next step's code, or waits for it.
 */
final class Totp {

    /** The demo staff accounts' secret (API.md). */
    static final String DEMO_SECRET = "JBSWY3DPEHPK3PXP";

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private Totp() {}

    static synchronized String code(String username, String secret) {
        long step = TotpVerifier.STEP.toSeconds();
        while (true) {
            long current = Instant.now().getEpochSecond() / step;
            long last = LAST_STEP.getOrDefault(username, Long.MIN_VALUE);
            long next = Math.max(current, last + 1);
            if (next <= current + 1) {
                LAST_STEP.put(username, next);
                return TotpVerifier.codeAt(secret, Instant.ofEpochSecond(next * step + 1));
            }
            Browser.pause(1000);
        }
    }

    /**
     * The current step's code without spending it: for a login that must be refused on its password, which
     * the server checks before the code ({@code StaffLogin}), so the step stays free for the next login and
     * the test does not wait up to 30 seconds for a fresh one.
     */
    static String notSpent(String secret) {
        return TotpVerifier.codeAt(secret, Instant.now());
    }
}
