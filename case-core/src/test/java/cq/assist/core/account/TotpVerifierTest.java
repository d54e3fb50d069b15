package cq.assist.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpVerifierTest {

    /** RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (the last six of the eight-digit codes). */
    private static final String RFC_SECRET =
            new Base32().encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void producesTheRfc6238TestVectors() {
        assertThat(TotpVerifier.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(TotpVerifier.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)))
                .isEqualTo("081804");
        assertThat(TotpVerifier.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000)))
                .isEqualTo("279037");
    }

    @Test
    void acceptsTheCurrentStepAndOneEitherSideOnly() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = now.getEpochSecond() / 30;
        TotpVerifier verifier = new TotpVerifier(Clock.fixed(now, ZoneOffset.UTC));
        for (long offset = -1; offset <= 1; offset++) {
            String code = TotpVerifier.codeAt(RFC_SECRET, Instant.ofEpochSecond((step + offset) * 30));
            assertThat(verifier.matchingStep(RFC_SECRET, code)).hasValue(step + offset);
        }
        String tooOld = TotpVerifier.codeAt(RFC_SECRET, Instant.ofEpochSecond((step - 3) * 30));
        assertThat(verifier.matchingStep(RFC_SECRET, tooOld)).isEmpty();
    }

    @Test
    void rejectsCodesThatAreNotSixDigits() {
        TotpVerifier verifier = new TotpVerifier();
        assertThat(verifier.matchingStep(RFC_SECRET, null)).isEmpty();
        assertThat(verifier.matchingStep(RFC_SECRET, "12345")).isEmpty();
        assertThat(verifier.matchingStep(RFC_SECRET, "12345a")).isEmpty();
    }
}
