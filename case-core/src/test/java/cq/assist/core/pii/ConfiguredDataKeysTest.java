package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configured data keys: version 0 from the main key, numbered AES or SM4 keys, the active one must exist. */
class ConfiguredDataKeysTest {

    private static final String KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private static final String SM4 = Base64.getEncoder().encodeToString(new byte[16]);

    private static ConfiguredDataKeys keys(Map<Integer, String> dataKeys, Integer active) {
        return new ConfiguredDataKeys(new PiiProperties(KEY, KEY, KEY, dataKeys, active));
    }

    @Test
    void versionsAndTheActiveKey() {
        ConfiguredDataKeys keys = keys(Map.of(1, "AES:" + KEY, 2, "SM4:" + SM4), 2);

        assertThat(keys.active().version()).isEqualTo(2);
        assertThat(keys.active().algorithm()).isEqualTo(DataKeys.Algorithm.SM4_GCM);
        assertThat(keys.version(0)).isPresent();
        assertThat(keys.version(1).orElseThrow().algorithm()).isEqualTo(DataKeys.Algorithm.AES_256_GCM);
        assertThat(keys.version(3)).isEmpty();
        assertThat(keys(Map.of(), null).active().version()).isZero();
    }

    @Test
    void aMisconfiguredKeyStopsTheStart() {
        for (Map<Integer, String> bad : java.util.List.<Map<Integer, String>>of(
                Map.of(1, "DES:" + KEY), Map.of(1, KEY), Map.of(256, "AES:" + KEY), Map.of(1, "SM4:" + KEY))) {
            assertThatThrownBy(() -> keys(bad, null)).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> keys(Map.of(), 7)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void generatesARandomKeyOfTheAlgorithmsLength() {
        assertThat(Base64.getDecoder().decode(ConfiguredDataKeys.generate(DataKeys.Algorithm.SM4_GCM)))
                .hasSize(16);
        assertThat(ConfiguredDataKeys.generate(DataKeys.Algorithm.AES_256_GCM))
                .isNotEqualTo(ConfiguredDataKeys.generate(DataKeys.Algorithm.AES_256_GCM));
    }
}
