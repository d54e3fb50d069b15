package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Versioned data keys (issue 7, review M10): every ciphertext names its key version; a new active key
 * (SM4-GCM here) rotates what is written while values under older versions, and values from before
 * versions existed, stay readable; a value under a version that is no longer configured, or changed, fails.
 */
class DataKeyRotationTest {

    private static final String AES_KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private static final String SM4_KEY = ConfiguredDataKeys.generate(DataKeys.Algorithm.SM4_GCM);

    private static PiiCipher cipher(Map<Integer, String> dataKeys, Integer active) {
        return new PiiCipher(new PiiProperties(AES_KEY, AES_KEY, AES_KEY, dataKeys, active));
    }

    @Test
    void writesUnderTheActiveKeyAndReadsEveryConfiguredVersion() {
        PiiCipher before = cipher(Map.of(), null);
        byte[] underZero = before.encrypt("500103198001011234");
        PiiCipher after = cipher(Map.of(1, "SM4:" + SM4_KEY), 1);

        byte[] underOne = after.encrypt("500103198001011234");

        assertThat(underZero[0]).isEqualTo(PiiCipher.VERSIONED);
        assertThat(underZero[1]).isEqualTo((byte) 0);
        assertThat(underOne[0]).isEqualTo(PiiCipher.VERSIONED);
        assertThat(underOne[1]).isEqualTo((byte) 1);
        assertThat(after.decrypt(underZero)).isEqualTo("500103198001011234");
        assertThat(after.decrypt(underOne)).isEqualTo("500103198001011234");
        assertThat(after.keyVersionOf(underZero)).isZero();
        assertThat(after.keyVersionOf(underOne)).isEqualTo(1);
        assertThatThrownBy(() -> before.decrypt(underOne))
                .as("version 1 is unknown to a node without it")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSm4CiphertextIsRealSm4Gcm() throws Exception {
        PiiCipher sm4 = cipher(Map.of(7, "SM4:" + SM4_KEY), 7);
        byte[] stored = sm4.encryptBytes("手机 13900000001".getBytes(StandardCharsets.UTF_8));

        Cipher reference =
                Cipher.getInstance("SM4/GCM/NoPadding", new org.bouncycastle.jce.provider.BouncyCastleProvider());
        reference.init(
                Cipher.DECRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(SM4_KEY), "SM4"),
                new GCMParameterSpec(128, stored, 2, 12));

        assertThat(new String(reference.doFinal(stored, 14, stored.length - 14), StandardCharsets.UTF_8))
                .isEqualTo("手机 13900000001");
    }

    @Test
    void readsValuesWrittenBeforeKeyVersionsExisted() throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        iv[0] = PiiCipher.VERSIONED; // even when the legacy IV happens to start like a versioned value
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(AES_KEY), "AES"),
                new GCMParameterSpec(128, iv));
        byte[] sealed = aes.doFinal("13900000001".getBytes(StandardCharsets.UTF_8));
        byte[] legacy =
                ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array();

        PiiCipher rotated = cipher(Map.of(1, "SM4:" + SM4_KEY), 1);

        assertThat(rotated.decrypt(legacy)).isEqualTo("13900000001");
        byte[] moved = rotated.reencrypt(legacy);
        assertThat(moved[1]).isEqualTo((byte) 1);
        assertThat(rotated.decrypt(moved)).isEqualTo("13900000001");
        assertThat(rotated.reencrypt(moved)).isSameAs(moved);
    }

    @Test
    void refusesAChangedValueAndBadKeyConfiguration() {
        PiiCipher sm4 = cipher(Map.of(1, "SM4:" + SM4_KEY), 1);
        byte[] stored = sm4.encrypt("x");
        stored[stored.length - 1] ^= 1;

        assertThatThrownBy(() -> sm4.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher(Map.of(1, "SM4:" + AES_KEY), 1))
                .as("an SM4 key is 16 bytes")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher(Map.of(1, "DES:" + SM4_KEY), 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher(Map.of(), 3)).isInstanceOf(IllegalStateException.class);
    }
}
