package cq.assist.core.files;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/** A hand-drawn signature: base64 of a PNG image, recognised by the PNG signature bytes. */
public final class SignaturePng {

    private static final byte[] MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String DATA_URL_PREFIX = "data:image/png;base64,";

    private SignaturePng() {}

    /** The PNG bytes, or empty when the text is not base64 of a PNG (a {@code data:} URL prefix is allowed). */
    public static Optional<byte[]> decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            return Optional.empty();
        }
        String body = base64.startsWith(DATA_URL_PREFIX) ? base64.substring(DATA_URL_PREFIX.length()) : base64;
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(body.trim());
            boolean png = bytes.length > MAGIC.length && Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC);
            return png ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when {@link #decode} finds a PNG. */
    public static boolean isPng(String base64) {
        return decode(base64).isPresent();
    }
}
