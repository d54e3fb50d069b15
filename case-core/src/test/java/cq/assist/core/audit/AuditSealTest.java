package cq.assist.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The audit seal: an HMAC-SHA256 under a 32-byte key that must be configured; any change breaks it. */
class AuditSealTest {

    private static AuditProperties withKey(String key) {
        return new AuditProperties(key, null, null, null, null);
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aSealVerifiesItsTextUnderItsKeyOnly() {
        AuditSeal seal = new AuditSeal(withKey(key(1)));
        String sealed = seal.seal("seq=1|actor=admin");

        assertThat(sealed).hasSize(64).isEqualTo(seal.seal("seq=1|actor=admin"));
        assertThat(seal.verify("seq=1|actor=admin", sealed)).isTrue();
        assertThat(seal.verify("seq=1|actor=admim", sealed)).isFalse();
        assertThat(seal.verify("seq=1|actor=admin", null)).isFalse();
        assertThat(new AuditSeal(withKey(key(2))).verify("seq=1|actor=admin", sealed))
                .isFalse();
    }

    @Test
    void aMissingShortOrNonBase64KeyStopsTheStart() {
        for (String bad :
                new String[] {null, " ", "not base64!", Base64.getEncoder().encodeToString(new byte[16])}) {
            assertThatThrownBy(() -> new AuditSeal(withKey(bad))).isInstanceOf(IllegalStateException.class);
        }
    }
}
