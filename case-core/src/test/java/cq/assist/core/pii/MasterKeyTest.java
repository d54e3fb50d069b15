package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review M10 (issue 7): data keys may be configured wrapped under a master key held by the key service (the
 * {@link MasterKey} port); the local key file stands in for it. A wrapped key unwraps only under its master
 * key and for its own version and algorithm.
 */
class MasterKeyTest {

    private static final String AES_KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

    @TempDir
    Path dir;

    private LocalKeyFileMasterKey masterKey(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, LocalKeyFileMasterKey.generateMasterKey() + "\n");
        return new LocalKeyFileMasterKey(file);
    }

    @Test
    void aWrappedDataKeyUnwrapsUnderTheMasterKeyAndEncrypts() throws Exception {
        LocalKeyFileMasterKey master = masterKey("master.key");
        byte[] sm4 = Base64.getDecoder().decode(ConfiguredDataKeys.generate(DataKeys.Algorithm.SM4_GCM));
        String wrapped =
                Base64.getEncoder().encodeToString(master.wrap(sm4, MasterKey.label(5, DataKeys.Algorithm.SM4_GCM)));
        PiiProperties properties = new PiiProperties(AES_KEY, AES_KEY, AES_KEY, Map.of(5, "SM4:wrapped:" + wrapped), 5);

        ConfiguredDataKeys keys = new ConfiguredDataKeys(properties, master);
        PiiCipher cipher = new PiiCipher(properties, keys);

        assertThat(keys.active().key().getEncoded()).isEqualTo(sm4);
        assertThat(wrapped).doesNotContain(Base64.getEncoder().encodeToString(sm4));
        byte[] stored = cipher.encrypt(PiiField.MEMBER_PHONE, "a\u001f1", "13900000001");
        assertThat(stored[1]).isEqualTo((byte) 5);
        assertThat(cipher.decrypt(PiiField.MEMBER_PHONE, "a\u001f1", stored)).isEqualTo("13900000001");
    }

    @Test
    void anotherMasterKeyVersionOrNoMasterKeyDoesNotUnwrapIt() throws Exception {
        LocalKeyFileMasterKey master = masterKey("master.key");
        LocalKeyFileMasterKey other = masterKey("other.key");
        byte[] aes = Base64.getDecoder().decode(ConfiguredDataKeys.generate(DataKeys.Algorithm.AES_256_GCM));
        String wrapped = "AES:wrapped:"
                + Base64.getEncoder()
                        .encodeToString(master.wrap(aes, MasterKey.label(2, DataKeys.Algorithm.AES_256_GCM)));

        assertThatThrownBy(() -> new ConfiguredDataKeys(
                        new PiiProperties(AES_KEY, AES_KEY, AES_KEY, Map.of(2, wrapped), 2), other))
                .as("another master key")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ConfiguredDataKeys(
                        new PiiProperties(AES_KEY, AES_KEY, AES_KEY, Map.of(3, wrapped), 3), master))
                .as("wrapped for version 2, configured as version 3")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() ->
                        new ConfiguredDataKeys(new PiiProperties(AES_KEY, AES_KEY, AES_KEY, Map.of(2, wrapped), 2)))
                .as("no master key file configured")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("master-key-file");
        assertThat(new ConfiguredDataKeys(new PiiProperties(AES_KEY, AES_KEY, AES_KEY, Map.of(2, wrapped), 2), master)
                        .active()
                        .key()
                        .getEncoded())
                .isEqualTo(aes);
    }
}
