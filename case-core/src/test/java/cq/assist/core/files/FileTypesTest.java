package cq.assist.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void recognisesJpegPngAndPdfByTheirMagicBytes() {
        assertThat(FileTypes.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x00))).contains("image/jpeg");
        assertThat(FileTypes.sniff(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00)))
                .contains("image/png");
        assertThat(FileTypes.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("application/pdf");
    }

    @Test
    void refusesOtherAndTruncatedContent() {
        assertThat(FileTypes.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(FileTypes.sniff("<html>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(FileTypes.sniff(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(FileTypes.sniff(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A)))
                .isEmpty();
        assertThat(FileTypes.sniff("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileTypes.sniff(new byte[0])).isEmpty();
        assertThat(FileTypes.sniff(null)).isEmpty();
    }

    @Test
    void capsSizeAtFiveMegabytesInclusive() {
        StoredFileService.checkSize(5L * 1024 * 1024);
        assertThatThrownBy(() -> StoredFileService.checkSize(5L * 1024 * 1024 + 1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.PAYLOAD_TOO_LARGE));
        assertThatThrownBy(() -> StoredFileService.checkSize(0))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION));
    }

    @Test
    void refusesUnknownTypeAsUnsupportedMediaType() {
        assertThatThrownBy(() -> StoredFileService.check("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNSUPPORTED_MEDIA_TYPE));
    }
}
