package cq.assist.core.pii;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The named stand-in for a KMS ({@code assist.pii.kms=local-key-file}): the master key is base64 of 32 random
 * bytes in a local file ({@code assist.pii.master-key-file}), and a wrapped data key is AES-256-GCM of the key
 * under it (a random 96-bit IV in front, the label as associated data). A file on the application host is
 * not a key management service: there is no access control beyond the file system, no audit of use, no
 * rotation of the master key and no certified module, which is why the apps refuse it outside the demo
 * profile unless {@code assist.pii.local-key-file.allowed=true}. Without a file configured, wrapped data keys
 * cannot be used (keys given in the clear still can, as before).
 */
public class LocalKeyFileMasterKey implements MasterKey {

    /** The {@code assist.pii.kms} value of this stand-in. */
    public static final String SOURCE = "local-key-file";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** The master key of this file, or none (null path): then every unwrap fails with a clear message. */
    public LocalKeyFileMasterKey(Path file) {
        this.key = file == null ? null : read(file);
    }

    private static SecretKeySpec read(Path file) {
        try {
            return new SecretKeySpec(
                    PiiCipher.decodeKey("assist.pii.master-key-file (" + file + ")", Files.readString(file), 32),
                    "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("assist.pii.master-key-file cannot be read: " + file, e);
        }
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public byte[] unwrap(byte[] wrapped, String label) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, wrapped, 0, 12));
            cipher.updateAAD(label.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(wrapped, 12, wrapped.length - 12);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("data key " + label + " does not unwrap under the master key", e);
        }
    }

    @Override
    public byte[] wrap(byte[] dataKey, String label) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(label.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(dataKey);
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("wrapping failed", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            throw new IllegalStateException(
                    "a wrapped data key needs a master key: set assist.pii.master-key-file (or a KMS adapter)");
        }
        return key;
    }

    /** Base64 of a fresh master key for a key file (operators' key generation). */
    public static String generateMasterKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
