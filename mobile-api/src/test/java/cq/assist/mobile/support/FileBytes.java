package cq.assist.mobile.support;

import java.util.Arrays;

/** Test fixtures: contents that start with the magic bytes of each type, padded to a size. */
public final class FileBytes {

    private FileBytes() {}

    public static byte[] jpeg(int size) {
        return withHead(size, 0xFF, 0xD8, 0xFF, 0xE0);
    }

    public static byte[] png(int size) {
        return withHead(size, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
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
