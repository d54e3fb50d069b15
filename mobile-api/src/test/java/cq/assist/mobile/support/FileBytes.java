package cq.assist.mobile.support;

import java.util.Arrays;

/**
 * Test fixtures: a real JPEG or PNG image (decodable) padded behind its end marker to a size, or
 * contents that merely start with the magic bytes of a type ({@link #fakeJpeg}: what a lying file sends).
 */
public final class FileBytes {

    private FileBytes() {}

    public static byte[] jpeg(int size) {
        return padded(image("jpeg"), size);
    }

    public static byte[] png(int size) {
        return padded(image("png"), size);
    }

    /** The first bytes of a JPEG, then noise: not an image. */
    public static byte[] fakeJpeg(int size) {
        return withHead(size, 0xFF, 0xD8, 0xFF, 0xE0);
    }

    /** An 8 x 8 image with a few colours, encoded in the format. */
    public static byte[] image(String format) {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, (x * 30) << 16 | (y * 30) << 8 | 0x40);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, format, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] padded(byte[] image, int size) {
        if (size < image.length) {
            throw new IllegalArgumentException("an image needs at least " + image.length + " bytes");
        }
        byte[] bytes = Arrays.copyOf(image, size);
        for (int i = image.length; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    public static byte[] pdf(int size) {
        return withHead(size, '%', 'P', 'D', 'F', '-', '1', '.', '7');
    }

    public static byte[] gif(int size) {
        return withHead(size, 'G', 'I', 'F', '8', '9', 'a');
    }

    public static byte[] text(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    private static byte[] withHead(int size, int... head) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i < head.length ? head[i] : (i * 31 + 7));
        }
        return bytes;
    }
}
