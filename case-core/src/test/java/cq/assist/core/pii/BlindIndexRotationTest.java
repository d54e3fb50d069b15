package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 / review M10: the blind-index key is versioned like the record keys. Indexes are computed under the
 * active version and rows are found under every configured one, so the key rotates: add version n on every
 * node, make it active, and rows indexed before are still found, compared and counted. Version 0 keeps the
 * 64-hex form of the indexes already stored; version n's name their version.
 */
class BlindIndexRotationTest {

    private static final String KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private static final String INDEX_0 = "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=";
    private static final String INDEX_1 = "BQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU=";

    private static PiiCipher cipher(Map<Integer, String> indexKeys, Integer active) {
        return new PiiCipher(new PiiProperties(KEY, INDEX_0, KEY, Map.of(), null, null, null, null, indexKeys, active));
    }

    @Test
    void versionZeroIsTheIndexAlreadyStored() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(INDEX_0), "HmacSHA256"));
        String independent = HexFormat.of().formatHex(mac.doFinal("13900000001".getBytes(StandardCharsets.UTF_8)));

        PiiCipher before = cipher(Map.of(), null);

        assertThat(before.blindIndex(" 13900000001 ")).isEqualTo(independent);
        assertThat(before.blindIndexes("13900000001")).containsExactly(independent);
        assertThat(PiiCipher.indexVersionOf(independent)).isZero();
    }

    @Test
    void afterARotationNewRowsAreIndexedUnderTheNewKeyAndOldRowsAreStillFound() {
        PiiCipher before = cipher(Map.of(), null);
        PiiCipher added = cipher(Map.of(1, INDEX_1), null);
        PiiCipher after = cipher(Map.of(1, INDEX_1), 1);
        String old = before.blindIndex("500103198001011234");
        Map<String, String> rows = new HashMap<>();
        rows.put(old, "row indexed before the rotation");

        assertThat(added.blindIndex("500103198001011234"))
                .as("a key added but not active changes nothing that is written")
                .isEqualTo(old);
        String fresh = after.blindIndex("500103198001011234");
        assertThat(fresh).hasSize(64).startsWith("v01").isNotEqualTo(old);
        assertThat(PiiCipher.indexVersionOf(fresh)).isEqualTo(1);
        assertThat(fresh.substring(3)).matches("[0-9a-f]{61}");
        assertThat(after.blindIndexes("500103198001011234")).containsExactly(fresh, old);
        assertThat(after.findByIndex("500103198001011234", hash -> Optional.ofNullable(rows.get(hash))))
                .as("a row indexed under version 0 is found after version 1 became active")
                .contains("row indexed before the rotation");
        assertThat(after.matchesIndex(old, "500103198001011234")).isTrue();
        assertThat(after.matchesIndex(fresh, "500103198001011234")).isTrue();
        assertThat(after.matchesIndex(old, "500103198001011235")).isFalse();
        assertThat(added.matchesIndex(fresh, "500103198001011234"))
                .as("every node knows version 1 before any makes it active")
                .isTrue();
        assertThat(before.matchesIndex(fresh, "500103198001011234"))
                .as("a node without version 1 does not match its indexes")
                .isFalse();
    }

    @Test
    void theIndexKeyIsNotTheRecordKeyNorTheDataKey() {
        PiiCipher after = cipher(Map.of(1, INDEX_1), 1);

        assertThat(after.blindIndex("x").substring(3))
                .isNotEqualTo(cipher(Map.of(1, KEY), 1).blindIndex("x").substring(3));
    }

    @Test
    void anActiveVersionThatIsNotConfiguredOrOutOfRangeIsRefusedAtStart() {
        assertThatThrownBy(() -> cipher(Map.of(1, INDEX_1), 2)).hasMessageContaining("assist.pii.active-index-key 2");
        assertThatThrownBy(() -> cipher(Map.of(256, INDEX_1), null)).hasMessageContaining("1..255");
        assertThatThrownBy(() -> cipher(Map.of(1, "AAAA"), 1)).hasMessageContaining("assist.pii.index-keys.1");
    }
}
