package cq.assist.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class PdfActiveContentTest {

    private static final String CLEAN = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

    private static final String ACTION = "<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>";

    @Test
    void aPlainCleanPdfAndACleanFlateObjectStreamPass() {
        assertThat(PdfActiveContent.scan(ascii(CLEAN))).isEqualTo(PdfActiveContent.Verdict.CLEAN);
        byte[] clean = objectStreamPdf("/Filter /FlateDecode", deflate("<< /Type /Pages /Count 0 >>"));
        assertThat(PdfActiveContent.scan(clean)).isEqualTo(PdfActiveContent.Verdict.CLEAN);
        assertThat(UploadDecoding.sanitise(ascii(CLEAN), FileTypes.PDF)).isEqualTo(ascii(CLEAN));
    }

    @Test
    void anOpenActionInsideAnAsciiHexObjectStreamIsRefusedNotTakenAsClean() {
        byte[] hex = objectStreamPdf(
                "/Filter /ASCIIHexDecode", ascii(HexFormat.of().formatHex(ascii("2 0 " + ACTION)) + ">"));

        assertThat(PdfActiveContent.scan(hex)).isEqualTo(PdfActiveContent.Verdict.UNREADABLE);
        assertRefused(hex, "pdf-unreadable");
    }

    @Test
    void anyFilterOtherThanFlateAloneOnAnObjectStreamIsUnreadable() {
        byte[] flate = deflate("2 0 << /Type /Pages /Count 0 >>");
        for (String filter : new String[] {
            "/Filter [/ASCII85Decode /FlateDecode]",
            "/Filter /LZWDecode",
            "/Filter 9 0 R",
            "/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >>"
        }) {
            assertThat(PdfActiveContent.scan(objectStreamPdf(filter, flate)))
                    .as(filter)
                    .isEqualTo(PdfActiveContent.Verdict.UNREADABLE);
        }
        assertThat(PdfActiveContent.scan(objectStreamPdf("/Filter [/FlateDecode]", flate)))
                .isEqualTo(PdfActiveContent.Verdict.CLEAN);
    }

    @Test
    void anEncryptedPdfIsRefused() {
        String encrypted = CLEAN.replace("<< /Root 1 0 R >>", "<< /Root 1 0 R /Encrypt 3 0 R /ID [<01> <01>] >>");
        String escaped = CLEAN.replace("<< /Root 1 0 R >>", "<< /Root 1 0 R /Encr#79pt 3 0 R >>");

        assertThat(PdfActiveContent.scan(ascii(encrypted))).isEqualTo(PdfActiveContent.Verdict.UNREADABLE);
        assertThat(PdfActiveContent.scan(ascii(escaped))).isEqualTo(PdfActiveContent.Verdict.UNREADABLE);
        assertRefused(ascii(encrypted), "pdf-unreadable");
    }

    @Test
    void aFlateObjectStreamThatDoesNotInflateOrStopsShortIsUnreadable() {
        byte[] garbage = objectStreamPdf("/Filter /FlateDecode", ascii("not flate at all"));
        byte[] whole = deflate("2 0 << /Type /Pages /Count 3 /Kids [4 0 R 5 0 R 6 0 R] /MediaBox [0 0 595 842] >>");
        byte[] half = new byte[whole.length / 2];
        System.arraycopy(whole, 0, half, 0, half.length);
        byte[] truncated = objectStreamPdf("/Filter /FlateDecode", half);

        assertThat(PdfActiveContent.scan(garbage)).isEqualTo(PdfActiveContent.Verdict.UNREADABLE);
        assertThat(PdfActiveContent.scan(truncated)).isEqualTo(PdfActiveContent.Verdict.UNREADABLE);
    }

    @Test
    void activeContentInAnUnfilteredOrFlateObjectStreamIsActive() {
        assertThat(PdfActiveContent.scan(objectStreamPdf("", ascii("2 0 " + ACTION))))
                .isEqualTo(PdfActiveContent.Verdict.ACTIVE);
        byte[] flate = objectStreamPdf("/Filter /FlateDecode", deflate("2 0 " + ACTION));
        assertThat(PdfActiveContent.scan(flate)).isEqualTo(PdfActiveContent.Verdict.ACTIVE);
        assertRefused(flate, "pdf-active-content");
    }

    private static void assertRefused(byte[] pdf, String type) {
        assertThatThrownBy(() -> UploadDecoding.sanitise(pdf, FileTypes.PDF))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(e.getMessage()).isEqualTo("file." + type);
                });
    }

    private static byte[] objectStreamPdf(String filter, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n3 0 obj\n<< /Type /ObjStm /N 1 /First 4 " + filter + " /Length " + body.length
                + " >>\nstream\n"));
        out.writeBytes(body);
        out.writeBytes(ascii("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"));
        return out.toByteArray();
    }

    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater();
        deflater.setInput(text.getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        byte[] buffer = new byte[4096];
        int n = deflater.deflate(buffer);
        deflater.end();
        byte[] out = new byte[n];
        System.arraycopy(buffer, 0, out, 0, n);
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
