package cq.assist.core.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238): HMAC-SHA1, 6 digits, 30-second steps, the current step
 * and one step either side accepted.
 *
 * <p>Codes follow the wall clock of the staff member's authenticator app, not the business clock:
 * the demo profile moves business time forward by days, and staff must still be able to log in.
 */
@Component
public class TotpVerifier {

    /** The length of one time step. */
    public static final Duration STEP = Duration.ofSeconds(30);

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private final Clock clock;

    public TotpVerifier() {
        this(Clock.systemUTC());
    }

    TotpVerifier(Clock clock) {
        this.clock = clock;
    }

    /**
     * The time step (Unix seconds / 30) whose code equals the given one, looking at the current step
     * and its two neighbours; empty when none matches or the code is not six digits.
     */
    public OptionalLong matchingStep(String base32Secret, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long current = clock.instant().getEpochSecond() / STEP.toSeconds();
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        OptionalLong match = OptionalLong.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            byte[] expected = codeAt(base32Secret, Instant.ofEpochSecond(step * STEP.toSeconds()))
                    .getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given)) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    /** The six-digit code of a base32 secret at an instant (for enrolment checks and tests). */
    public static String codeAt(String base32Secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(base32Secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable TOTP secret", e);
        }
    }

    private static Key key(String base32Secret) {
        String normalized = base32Secret.replace(" ", "").toUpperCase(Locale.ROOT);
        return new SecretKeySpec(
                new Base32().decode(normalized), TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }
}
