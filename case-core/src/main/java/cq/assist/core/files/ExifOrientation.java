package cq.assist.core.files;

import java.nio.charset.StandardCharsets;

/**
 * Reads the EXIF orientation (TIFF tag 274, {@code 0x0112}, values 1 to 8) from the first IFD of a JPEG's
 * APP1 {@code Exif} segment or a PNG's {@code eXIf} chunk, and nothing else: the bytes are untrusted, so
 * every offset is bounds-checked and anything unexpected (no EXIF, a damaged or truncated header, a value
 * outside 1..8) reads as 1 (as stored). No metadata library is needed for one tag.
 */
final class ExifOrientation {

    /** The orientation that leaves the pixels as they are. */
    static final int AS_STORED = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {}

    /**
     * The orientation an image's EXIF records.
     *
     * @param image a JPEG or PNG file's bytes (anything else reads as 1)
     * @return 1 to 8; 1 when there is no readable orientation
     */
    static int of(byte[] image) {
        if (image == null || image.length < 8) {
            return AS_STORED;
        }
        if ((image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8) {
            return fromJpeg(image);
        }
        if ((image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return fromPng(image);
        }
        return AS_STORED;
    }

    private static int fromJpeg(byte[] b) {
        int at = 2;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return AS_STORED;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                at += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return AS_STORED;
            }
            int length = u16(b, at + 2, true);
            if (length < 2 || at + 2 + length > b.length) {
                return AS_STORED;
            }
            if (marker == 0xE1 && length >= 8 && startsWith(b, at + 4, "Exif\0\0")) {
                return fromTiff(b, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return AS_STORED;
    }

    private static int fromPng(byte[] b) {
        int at = 8;
        while (at + 12 <= b.length) {
            long length = u32(b, at, true);
            if (length < 0 || at + 12 + length > b.length) {
                return AS_STORED;
            }
            if (startsWith(b, at + 4, "eXIf")) {
                return fromTiff(b, at + 8, at + 8 + (int) length);
            }
            if (startsWith(b, at + 4, "IDAT") || startsWith(b, at + 4, "IEND")) {
                return AS_STORED;
            }
            at += 12 + (int) length;
        }
        return AS_STORED;
    }

    /** The orientation in the first IFD of the TIFF structure in {@code b[start, end)}. */
    private static int fromTiff(byte[] b, int start, int end) {
        if (end > b.length || start + 8 > end) {
            return AS_STORED;
        }
        boolean bigEndian;
        if (b[start] == 'M' && b[start + 1] == 'M') {
            bigEndian = true;
        } else if (b[start] == 'I' && b[start + 1] == 'I') {
            bigEndian = false;
        } else {
            return AS_STORED;
        }
        if (u16(b, start + 2, bigEndian) != 42) {
            return AS_STORED;
        }
        long ifdOffset = u32(b, start + 4, bigEndian);
        if (ifdOffset < 8 || start + ifdOffset + 2 > end) {
            return AS_STORED;
        }
        int ifd = start + (int) ifdOffset;
        int entries = u16(b, ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return AS_STORED;
            }
            if (u16(b, entry, bigEndian) == ORIENTATION_TAG) {
                if (u16(b, entry + 2, bigEndian) != TYPE_SHORT) {
                    return AS_STORED;
                }
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : AS_STORED;
            }
        }
        return AS_STORED;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        byte[] want = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (at < 0 || at + want.length > b.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (b[at + i] != want[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int hi = b[bigEndian ? at : at + 1] & 0xFF;
        int lo = b[bigEndian ? at + 1 : at] & 0xFF;
        return hi << 8 | lo;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 8 | (b[bigEndian ? at + i : at + 3 - i] & 0xFF);
        }
        return value;
    }
}
