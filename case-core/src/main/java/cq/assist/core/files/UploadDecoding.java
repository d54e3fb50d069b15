package cq.assist.core.files;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes what an upload claims to be instead of trusting its first bytes (issue 7, review L4/M11): a
 * JPEG or PNG must decode as an image (at most {@link #MAX_PIXELS} pixels, checked from the header before
 * the pixels are read) and is stored re-encoded from its pixels, which drops EXIF, GPS, comments and
 * anything appended behind the image (polyglots); the EXIF orientation a phone records instead of turning
 * the pixels ({@link ExifOrientation}) is applied to the pixels first, so a portrait photo stays upright
 * without its EXIF; a PDF must carry no active content
 * ({@link PdfActiveContent}). What fails is refused as an unsupported type.
 */
public final class UploadDecoding {

    /** Largest image accepted, in pixels (about a 48-megapixel phone photo). */
    public static final long MAX_PIXELS = 50_000_000L;

    private static final float JPEG_QUALITY = 0.92f;

    private UploadDecoding() {}

    /**
     * The bytes to store for an upload of the sniffed type.
     *
     * @throws DomainException UNSUPPORTED_MEDIA_TYPE ({@code file.undecodable}) when an image does not
     *     decode or is too large, ({@code file.pdf-active-content}) when a PDF carries scripts or actions,
     *     ({@code file.pdf-unreadable}) when a PDF is encrypted or holds an object stream the scan cannot
     *     decode (another filter than Flate, or damaged Flate data)
     */
    public static byte[] sanitise(byte[] content, String contentType) {
        return switch (contentType) {
            case FileTypes.JPEG -> reencode(upright(decode(content), ExifOrientation.of(content)), "jpeg");
            case FileTypes.PNG -> reencode(upright(decode(content), ExifOrientation.of(content)), "png");
            case FileTypes.PDF -> {
                switch (PdfActiveContent.scan(content)) {
                    case ACTIVE -> throw new DomainException(
                                    ProblemKind.UNSUPPORTED_MEDIA_TYPE, "file.pdf-active-content")
                            .withType("pdf-active-content");
                    case UNREADABLE -> throw new DomainException(
                                    ProblemKind.UNSUPPORTED_MEDIA_TYPE, "file.pdf-unreadable")
                            .withType("pdf-unreadable");
                    case CLEAN -> {}
                }
                yield content;
            }
            default -> throw undecodable();
        };
    }

    private static BufferedImage decode(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw undecodable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw undecodable();
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw undecodable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw undecodable();
        }
    }

    /**
     * The image turned or mirrored as the EXIF orientation says (1 to 8, TIFF 6.0 tag 274); 1 and unknown
     * values leave it as it is. Orientations 5 to 8 swap width and height.
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn =
                switch (orientation) {
                    case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
                    case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
                    case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
                    case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
                    case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
                    case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
                    case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
                    default -> null;
                };
        if (turn == null) {
            return image;
        }
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(
                swap ? h : w,
                swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] reencode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if ("jpeg".equals(format)) {
                BufferedImage rgb = image;
                if (image.getColorModel().hasAlpha() || image.getType() == BufferedImage.TYPE_CUSTOM) {
                    rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
                }
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(ios);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                    writer.write(null, new IIOImage(rgb, null, null), param);
                } finally {
                    writer.dispose();
                }
            } else if (!ImageIO.write(image, format, out)) {
                throw undecodable();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DomainException undecodable() {
        return new DomainException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "file.undecodable").withType("undecodable-file");
    }
}
