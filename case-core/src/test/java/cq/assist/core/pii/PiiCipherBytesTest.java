package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PiiCipherBytesTest {

    private static final String KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

    private final PiiCipher cipher = new PiiCipher(new PiiProperties(KEY, KEY, KEY));

    @Test
    void roundTripsBytesWithAFreshIvEachTime() {
        byte[] plain = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3};

        byte[] first = cipher.encryptBytes(plain);
        byte[] second = cipher.encryptBytes(plain);

        assertThat(first).isNotEqualTo(second).hasSize(2 + plain.length + 12 + 16);
        assertThat(cipher.decryptBytes(first)).isEqualTo(plain);
        assertThat(cipher.decryptBytes(second)).isEqualTo(plain);
    }

    @Test
    void readsStringsWrittenAsBytesAndTheOtherWayRound() {
        assertThat(cipher.decrypt(cipher.encryptBytes("手机".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("手机");
        assertThat(cipher.decryptBytes(cipher.encrypt("13900000001")))
                .isEqualTo("13900000001".getBytes(StandardCharsets.UTF_8));
        assertThat(cipher.encryptBytes(null)).isNull();
        assertThat(cipher.decryptBytes(null)).isNull();
    }

    @Test
    void refusesATamperedCiphertext() {
        byte[] sealed = cipher.encryptBytes(new byte[] {1, 2, 3, 4});
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decryptBytes(sealed)).isInstanceOf(IllegalStateException.class);
    }
}
