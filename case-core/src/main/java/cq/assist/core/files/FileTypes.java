package cq.assist.core.files;

import java.util.Optional;

/**
 * The accepted upload types, recognised from the first bytes of the content (never from a declared
 * type or a file name): JPEG {@code FF D8 FF}, PNG {@code 89 50 4E 47 0D 0A 1A 0A}, PDF {@code %PDF-}.
 */
public final class FileTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private FileTypes() {}

    /**
     * Whether a stored file's media type is a photo (JPEG or PNG): the only files accepted where a photo
     * is asked for (the ID-card photo of an application, the photos of a home visit); a PDF is not.
     *
     * @param contentType the stored media type, e.g. {@code image/jpeg}; null is not a photo
     */
    public static boolean isPhoto(String contentType) {
        return JPEG.equals(contentType) || PNG.equals(contentType);
    }

    /** The media type of the content, or empty when it is none of the accepted types. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
