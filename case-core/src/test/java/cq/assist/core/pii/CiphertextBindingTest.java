package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.Test;

/**
 * Review M10 (issue 7): a ciphertext is bound to its table, column and row (AEAD associated data) and is
 * encrypted under the key of its data category; copied into another row or column it does not open. Values
 * written before binding are refused unless {@code accept-unbound} is on (except in append-only tables, which
 * are never rewritten); only the migration step ({@link PiiCipher#rebind}) reads them, to bind them.
 */
class CiphertextBindingTest {

    private static final String AES_KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private static final String SM4_KEY = ConfiguredDataKeys.generate(DataKeys.Algorithm.SM4_GCM);

    private static PiiCipher cipher(Boolean acceptUnbound) {
        return new PiiCipher(
                new PiiProperties(AES_KEY, AES_KEY, AES_KEY, Map.of(3, "SM4:" + SM4_KEY), 3, acceptUnbound));
    }

    private final PiiCipher cipher = cipher(null);
    private final String row1 = PiiField.rowKey("11111111-1111-1111-1111-111111111111", 1);
    private final String row2 = PiiField.rowKey("11111111-1111-1111-1111-111111111111", 2);

    @Test
    void aValueOpensInItsOwnRowAndColumnOnly() {
        byte[] phone = cipher.encrypt(PiiField.MEMBER_PHONE, row1, "13900000001");

        assertThat(phone[0]).isEqualTo(PiiCipher.BOUND);
        assertThat(phone[1]).isEqualTo((byte) 3);
        assertThat(cipher.decrypt(PiiField.MEMBER_PHONE, row1, phone)).isEqualTo("13900000001");
        assertThatThrownBy(() -> cipher.decrypt(PiiField.MEMBER_PHONE, row2, phone))
                .as("copied into another member's row")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(PiiField.MEMBER_ID_NUMBER, row1, phone))
                .as("copied into another column of the same row")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(PiiField.REGISTRY_PHONE, row1, phone))
                .as("copied into another table with a row key that happens to be equal")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(PiiField.MEMBER_PHONE, row1, unbound(phone)))
                .as("the unbound reading of a bound value fails too")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(phone))
                .as("read without its field and row, the error says how to read it")
                .hasMessageContaining("decrypt(PiiField");
    }

    /** The same bytes with their first byte changed to the unbound form's, as an attacker might try. */
    private static byte[] unbound(byte[] bound) {
        byte[] copy = bound.clone();
        copy[0] = PiiCipher.VERSIONED;
        return copy;
    }

    @Test
    void everyCategoryHasAKeyOfItsOwn() throws Exception {
        ConfiguredDataKeys keys =
                new ConfiguredDataKeys(new PiiProperties(AES_KEY, AES_KEY, AES_KEY, Map.of(3, "SM4:" + SM4_KEY), 3));
        Set<String> distinct = new HashSet<>();
        for (PiiField.Category category : PiiField.Category.values()) {
            SecretKey key = keys.categoryKey(keys.active(), category);
            assertThat(key.getEncoded())
                    .hasSize(16)
                    .isNotEqualTo(keys.active().key().getEncoded());
            distinct.add(Base64.getEncoder().encodeToString(key.getEncoded()));
        }
        assertThat(distinct).hasSize(PiiField.Category.values().length);

        byte[] stored = cipher.encrypt(PiiField.MEMBER_HEALTH, row1, "disabilityGrade=2");
        Cipher sm4 = Cipher.getInstance("SM4/GCM/NoPadding", new org.bouncycastle.jce.provider.BouncyCastleProvider());
        sm4.init(
                Cipher.DECRYPT_MODE,
                keys.categoryKey(keys.active(), PiiField.Category.HEALTH),
                new GCMParameterSpec(128, stored, 2, 12));
        sm4.updateAAD(
                ("assist/pii/v2\u0000household_member\u0000health_enc\u0000" + row1).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(sm4.doFinal(stored, 14, stored.length - 14), StandardCharsets.UTF_8))
                .as("SM4-GCM under the health key with table, column and row as associated data")
                .isEqualTo("disabilityGrade=2");
    }

    @Test
    void sealsSmsCodesAndTheIndexEachHaveTheirOwnKey() {
        String text = "same text";
        Set<String> macs = Set.of(
                cipher.seal(PiiCipher.Purpose.AUTHORIZATION_SEAL, text),
                cipher.seal(PiiCipher.Purpose.SMS_CODE, text),
                cipher.seal(text),
                cipher.blindIndex(text));

        assertThat(macs).as("the same input under four keys").hasSize(4);
        assertThat(cipher.verifySeal(
                        PiiCipher.Purpose.SMS_CODE, text, cipher.seal(PiiCipher.Purpose.AUTHORIZATION_SEAL, text)))
                .isFalse();
    }

    @Test
    void unboundValuesAreRefusedByDefaultAndOnlyTheMigrationRewritesThemBound() {
        byte[] legacy = cipher.encrypt("13900000001");
        byte[] legacySignature = cipher.encrypt("iVBORw0KGgo=");

        assertThatThrownBy(() -> cipher.decrypt(PiiField.MEMBER_PHONE, row1, legacy))
                .as("accept-unbound is off unless configured: an unbound value is a copy or a forgery")
                .isInstanceOf(IllegalStateException.class);
        byte[] rebound = cipher.rebind(PiiField.MEMBER_PHONE, row1, legacy);
        assertThat(rebound[0]).isEqualTo(PiiCipher.BOUND);
        assertThat(cipher.decrypt(PiiField.MEMBER_PHONE, row1, rebound)).isEqualTo("13900000001");
        assertThat(cipher.rebind(PiiField.MEMBER_PHONE, row1, rebound)).isSameAs(rebound);
        assertThat(cipher.rebind(PiiField.MEMBER_PHONE, row2, rebound))
                .as("the migration leaves a bound value copied into another row as it is")
                .isSameAs(rebound);
        assertThatThrownBy(() -> cipher.decrypt(PiiField.MEMBER_PHONE, row2, rebound))
                .as("where it is still refused")
                .isInstanceOf(IllegalStateException.class);
        byte[] underOlderKey = new PiiCipher(new PiiProperties(AES_KEY, AES_KEY, AES_KEY))
                .encrypt(PiiField.MEMBER_PHONE, row1, "13900000001");
        assertThatThrownBy(() -> cipher.rebind(PiiField.MEMBER_PHONE, row2, underOlderKey))
                .as("nor does a rotation move another row's value (under an older key) into this row")
                .isInstanceOf(IllegalStateException.class);

        PiiCipher lenient = cipher(true);
        assertThat(lenient.decrypt(PiiField.MEMBER_PHONE, row1, legacy))
                .as("an operator may read a database whose start step could not finish")
                .isEqualTo("13900000001");
        assertThat(cipher.decrypt(PiiField.SIGNATURE, "r", legacySignature))
                .as("append-only rows are never rewritten and stay readable")
                .isEqualTo("iVBORw0KGgo=");
    }

    /** The six fields that were written unbound until issue 7 was finished. */
    private static final PiiField[] ONCE_TRANSITIONAL = {
        PiiField.APPLICATION_APPLICANT_ID_NUMBER,
        PiiField.APPLICATION_ADDRESS,
        PiiField.MEMBER_ID_NUMBER,
        PiiField.CHECK_SNAPSHOT,
        PiiField.MONITORED_FACTS,
        PiiField.TOKEN_SIGNING_SECRET
    };

    @Test
    void theFieldsOnceWrittenUnboundAreBoundAndRefuseUnboundOrSwappedValues() {
        for (PiiField field : ONCE_TRANSITIONAL) {
            byte[] value = cipher.encrypt(field, row1, "500103198001011234");

            assertThat(value[0]).as(field + " written bound").isEqualTo(PiiCipher.BOUND);
            assertThat(cipher.decrypt(field, row1, value)).isEqualTo("500103198001011234");
            assertThatThrownBy(() -> cipher.decrypt(field, row2, value))
                    .as(field + " swapped into another row")
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> cipher.decrypt(value))
                    .as(field + " no longer opens without its field and row")
                    .isInstanceOf(IllegalStateException.class);
            byte[] oldWay = cipher.encrypt("500103198001011234");
            assertThatThrownBy(() -> cipher.decrypt(field, row1, oldWay))
                    .as(field + " written the old (unbound) way is refused")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(cipher.decrypt(field, row1, cipher.rebind(field, row1, oldWay)))
                    .as(field + " rewritten by the migration")
                    .isEqualTo("500103198001011234");
        }
    }

    @Test
    void aBoundValueUnderAnOlderKeyMovesToTheActiveOne() {
        PiiCipher before = new PiiCipher(new PiiProperties(AES_KEY, AES_KEY, AES_KEY));
        byte[] underZero = before.encrypt(PiiField.STAFF_TOTP_SECRET, "admin", "JBSWY3DPEHPK3PXP");

        assertThat(underZero[1]).isZero();
        assertThat(cipher.boundUnderActiveKey(underZero)).isFalse();
        byte[] moved = cipher.rebind(PiiField.STAFF_TOTP_SECRET, "admin", underZero);
        assertThat(moved[1]).isEqualTo((byte) 3);
        assertThat(cipher.decrypt(PiiField.STAFF_TOTP_SECRET, "admin", moved)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> cipher.decrypt(PiiField.STAFF_TOTP_SECRET, "mz.yuzhong", moved))
                .as("another staff account's secret")
                .isInstanceOf(IllegalStateException.class);
    }
}
