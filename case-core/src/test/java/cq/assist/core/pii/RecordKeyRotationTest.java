package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Review M10 (issue 7): the record key (authorization seals, SMS-code hashes, the audit chain's first seal
 * version) is versioned. New seals are made under the active version; a seal made under any configured version
 * still verifies, and a code hashed before the rotation is found by its seal under the older version.
 */
class RecordKeyRotationTest {

    private static final String KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private static final String RECORD_0 = "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM=";
    private static final String RECORD_1 = "BQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU=";

    private static PiiCipher cipher(Map<Integer, String> recordKeys, Integer active) {
        return new PiiCipher(new PiiProperties(KEY, KEY, RECORD_0, Map.of(), null, null, recordKeys, active));
    }

    @Test
    void sealsMadeBeforeARotationStillVerifyAndNewOnesUseTheNewKey() {
        PiiCipher before = cipher(Map.of(), null);
        PiiCipher after = cipher(Map.of(1, RECORD_1), 1);
        String text = "record|李军|500103...|2026-01";
        String oldSeal = before.seal(PiiCipher.Purpose.AUTHORIZATION_SEAL, text);
        String oldChain = before.seal(text);

        String newSeal = after.seal(PiiCipher.Purpose.AUTHORIZATION_SEAL, text);

        assertThat(newSeal).isNotEqualTo(oldSeal);
        assertThat(after.verifySeal(PiiCipher.Purpose.AUTHORIZATION_SEAL, text, oldSeal))
                .isTrue();
        assertThat(after.verifySeal(PiiCipher.Purpose.AUTHORIZATION_SEAL, text, newSeal))
                .isTrue();
        assertThat(after.verifySeal(text, oldChain)).isTrue();
        assertThat(before.verifySeal(PiiCipher.Purpose.AUTHORIZATION_SEAL, text, newSeal))
                .as("a node without version 1 does not accept its seals")
                .isFalse();
        assertThat(after.verifySeal(PiiCipher.Purpose.AUTHORIZATION_SEAL, text + "x", oldSeal))
                .isFalse();
    }

    @Test
    void aCodeHashedBeforeTheRotationIsFoundByItsOlderSeal() {
        PiiCipher before = cipher(Map.of(), null);
        PiiCipher after = cipher(Map.of(1, RECORD_1), 1);
        String code = "LOGIN:hash:123456";

        assertThat(after.seals(PiiCipher.Purpose.SMS_CODE, code))
                .containsExactly(
                        after.seal(PiiCipher.Purpose.SMS_CODE, code), before.seal(PiiCipher.Purpose.SMS_CODE, code));
    }

    @Test
    void anActiveVersionThatIsNotConfiguredIsRefused() {
        assertThatThrownBy(() -> cipher(Map.of(1, RECORD_1), 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher(Map.of(0, RECORD_1), 0))
                .as("version 0 is assist.pii.record-key")
                .isInstanceOf(IllegalStateException.class);
    }
}
