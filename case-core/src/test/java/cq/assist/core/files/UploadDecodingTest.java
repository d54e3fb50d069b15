package cq.assist.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadDecodingTest {

    @Test
    void aPortraitPhoneJpegTaggedOrientationSixIsStoredTurnedUprightAndWithoutExif() throws IOException {
        byte[] tagged = withExifOrientation(jpeg(redLeftBlueRight(8, 4)), 6, true);
        assertThat(ExifOrientation.of(tagged)).isEqualTo(6);

        byte[] stored = UploadDecoding.sanitise(tagged, FileTypes.JPEG);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(back.getWidth()).isEqualTo(4);
        assertThat(back.getHeight()).isEqualTo(8);
        // turned 90 degrees clockwise: the left (red) half is now the top half
        assertThat(isRedDominant(back.getRGB(1, 1))).isTrue();
        assertThat(isRedDominant(back.getRGB(2, 6))).isFalse();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(ExifOrientation.of(stored)).isEqualTo(1);
    }

    @Test
    void littleEndianExifAndOrientationEightTurnTheOtherWay() throws IOException {
        byte[] tagged = withExifOrientation(jpeg(redLeftBlueRight(8, 4)), 8, false);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(UploadDecoding.sanitise(tagged, FileTypes.JPEG)));

        assertThat(back.getWidth()).isEqualTo(4);
        assertThat(back.getHeight()).isEqualTo(8);
        // turned 90 degrees counter-clockwise: the left (red) half is now the bottom half
        assertThat(isRedDominant(back.getRGB(2, 6))).isTrue();
        assertThat(isRedDominant(back.getRGB(1, 1))).isFalse();
    }

    @Test
    void aPngWithAnExifChunkIsTurnedToo() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(redLeftBlueRight(8, 4), "png", png);
        byte[] plain = png.toByteArray();
        byte[] jpegWithExif = withExifOrientation(new byte[] {(byte) 0xFF, (byte) 0xD8}, 6, true);
        byte[] tiff = java.util.Arrays.copyOfRange(jpegWithExif, 2 + 4 + 6, jpegWithExif.length);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, then the IHDR chunk
        tagged.write(plain, 0, afterHeader);
        tagged.write(tiff.length >>> 24);
        tagged.write(tiff.length >>> 16 & 0xFF);
        tagged.write(tiff.length >>> 8 & 0xFF);
        tagged.write(tiff.length & 0xFF);
        byte[] typeAndData = new byte[4 + tiff.length];
        System.arraycopy("eXIf".getBytes(StandardCharsets.US_ASCII), 0, typeAndData, 0, 4);
        System.arraycopy(tiff, 0, typeAndData, 4, tiff.length);
        tagged.writeBytes(typeAndData);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeAndData);
        long sum = crc.getValue();
        tagged.write((int) (sum >>> 24));
        tagged.write((int) (sum >>> 16 & 0xFF));
        tagged.write((int) (sum >>> 8 & 0xFF));
        tagged.write((int) (sum & 0xFF));
        tagged.write(plain, afterHeader, plain.length - afterHeader);
        byte[] withChunk = tagged.toByteArray();
        assertThat(ExifOrientation.of(withChunk)).isEqualTo(6);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(UploadDecoding.sanitise(withChunk, FileTypes.PNG)));

        assertThat(back.getWidth()).isEqualTo(4);
        assertThat(back.getHeight()).isEqualTo(8);
        assertThat(back.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void anUntaggedOrDamagedExifLeavesThePhotoAsItIs() throws IOException {
        byte[] plain = jpeg(redLeftBlueRight(8, 4));
        byte[] damaged = withExifOrientation(plain, 6, true);
        damaged[2 + 4 + 6 + 4 + 3] = 0x7F; // IFD offset far beyond the segment

        for (byte[] photo : new byte[][] {plain, damaged}) {
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(UploadDecoding.sanitise(photo, FileTypes.JPEG)));
            assertThat(back.getWidth()).isEqualTo(8);
            assertThat(back.getHeight()).isEqualTo(4);
        }
        assertThat(ExifOrientation.of(damaged)).isEqualTo(1);
    }

    @Test
    void everyOrientationMapsTheTopLeftPixelWhereExifSaysItBelongs() {
        BufferedImage source = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        source.setRGB(0, 0, 0xFF0000);
        int[][] expected = {
            null, {0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2},
        };
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage turned = UploadDecoding.upright(source, orientation);
            int[] at = expected[orientation];
            assertThat(turned.getRGB(at[0], at[1]) & 0xFFFFFF)
                    .as("orientation %d", orientation)
                    .isEqualTo(0xFF0000);
        }
    }

    private static BufferedImage redLeftBlueRight(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        return image;
    }

    private static boolean isRedDominant(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > c.getBlue();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 Exif segment right after SOI whose IFD0 holds only the orientation. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(bigEndian ? new byte[] {'M', 'M'} : new byte[] {'I', 'I'});
        writeU16(tiff, 42, bigEndian);
        writeU32(tiff, 8, bigEndian);
        writeU16(tiff, 1, bigEndian);
        writeU16(tiff, 0x0112, bigEndian);
        writeU16(tiff, 3, bigEndian);
        writeU32(tiff, 1, bigEndian);
        writeU16(tiff, orientation, bigEndian);
        writeU16(tiff, 0, bigEndian);
        writeU32(tiff, 0, bigEndian);
        byte[] payload = tiff.toByteArray();
        int length = 2 + 6 + payload.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void writeU16(ByteArrayOutputStream out, int value, boolean bigEndian) {
        if (bigEndian) {
            out.write(value >> 8 & 0xFF);
            out.write(value & 0xFF);
        } else {
            out.write(value & 0xFF);
            out.write(value >> 8 & 0xFF);
        }
    }

    private static void writeU32(ByteArrayOutputStream out, int value, boolean bigEndian) {
        if (bigEndian) {
            writeU16(out, value >>> 16, true);
            writeU16(out, value & 0xFFFF, true);
        } else {
            writeU16(out, value & 0xFFFF, false);
            writeU16(out, value >>> 16, false);
        }
    }
}
