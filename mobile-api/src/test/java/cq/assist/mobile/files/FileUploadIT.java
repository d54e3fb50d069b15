package cq.assist.mobile.files;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.mobile.support.FileBytes;
import cq.assist.mobile.support.Multipart;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Uploads against MariaDB: type from the bytes, the 5 MB cap, encryption at rest, owner-only reads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileUploadIT {

    private static final int FIVE_MB = 5 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    HttpApi api;
    HttpApi resident;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        resident = api.as(new PhoneLogins(api, outbox).logIn(Phones.random()));
    }

    private static HttpApi.Answer upload(HttpApi as, String declaredType, byte[] content) {
        Multipart body = Multipart.file("file", "upload.bin", declaredType, content);
        return as.send("POST", "/api/v1/files", body.body(), body.headers());
    }

    @Test
    void storesJpegWith201TheSha256OfWhatIsStoredAndEncryptedContent() {
        byte[] jpeg = FileBytes.jpeg(20_000);

        HttpApi.Answer answer = upload(resident, "application/octet-stream", jpeg);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.json();
        assertThat(body.get("contentType").asString()).isEqualTo("image/jpeg");
        byte[] back =
                resident.get("/api/v1/files/" + body.get("fileId").asString()).bytes();
        assertThat(body.get("size").asLong()).isEqualTo(back.length);
        assertThat(body.get("sha256").asString()).isEqualTo(PiiCipher.sha256Hex(back));
        assertThat(back.length)
                .as("re-encoded from the pixels: what trailed the image is gone")
                .isLessThan(jpeg.length);
        byte[] stored = jdbc.queryForObject(
                "SELECT content_enc FROM stored_file WHERE id = ?",
                byte[].class,
                body.get("fileId").asString());
        assertThat(stored).isNotEqualTo(back);
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(back, 100, 132)))
                .isNegative();
    }

    @Test
    void recognisesPngAndPdfFromTheirBytes() {
        assertThat(upload(resident, "image/jpeg", FileBytes.png(1000))
                        .json()
                        .get("contentType")
                        .asString())
                .isEqualTo("image/png");
        assertThat(upload(resident, "image/png", FileBytes.pdf(1000))
                        .json()
                        .get("contentType")
                        .asString())
                .isEqualTo("application/pdf");
    }

    @Test
    void refusesGifAndTextWith415EvenWhenDeclaredAsPng() {
        HttpApi.Answer gif = upload(resident, "image/png", FileBytes.gif(1000));
        HttpApi.Answer text = upload(resident, "image/png", FileBytes.text(1000));

        assertThat(gif.status()).isEqualTo(415);
        assertThat(gif.contentType()).startsWith("application/problem+json");
        assertThat(text.status()).isEqualTo(415);
    }

    @Test
    void acceptsExactlyFiveMegabytes() {
        HttpApi.Answer answer = upload(resident, "application/pdf", FileBytes.pdf(FIVE_MB));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("size").asLong()).isEqualTo(FIVE_MB);
    }

    @Test
    void refusesOneByteMoreThanFiveMegabytesWith413Problem() {
        HttpApi.Answer answer = upload(resident, "application/pdf", FileBytes.pdf(FIVE_MB + 1));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(413);
        assertThat(answer.json().get("type").asString()).endsWith("/payload-too-large");
        assertThat(answer.json().get("detail").asString())
                .as("refused by the multipart limit, with the limit a person can act on")
                .isEqualTo("文件不能超过 5 MB。");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void refusesEmptyFileWith400() {
        HttpApi.Answer answer = upload(resident, "image/png", new byte[0]);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesRequestWithoutFilePartWith400() {
        Multipart body = Multipart.file("photo", "upload.jpg", "image/jpeg", FileBytes.jpeg(1000));
        HttpApi.Answer answer = resident.send("POST", "/api/v1/files", body.body(), body.headers());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesUploadWithoutLoginWith401() {
        HttpApi.Answer answer = upload(api, "image/jpeg", FileBytes.jpeg(1000));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void givesOwnerTheFileBackAsAnAttachmentAndOthersA404() throws Exception {
        byte[] png = FileBytes.png(5000);
        HttpApi.Answer uploaded = upload(resident, "image/png", png);
        String fileId = uploaded.json().get("fileId").asString();
        HttpApi stranger = api.as(new PhoneLogins(api, outbox).logIn(Phones.random()));

        HttpApi.Answer mine = resident.get("/api/v1/files/" + fileId);
        HttpApi.Answer theirs = stranger.get("/api/v1/files/" + fileId);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith("image/png");
        assertThat(mine.header("Content-Disposition")).startsWith("attachment");
        assertThat(mine.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(mine.header("Content-Security-Policy")).contains("sandbox");
        assertThat(PiiCipher.sha256Hex(mine.bytes()))
                .isEqualTo(uploaded.json().get("sha256").asString());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(mine.bytes()));
        assertThat(image.getWidth()).isEqualTo(8);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
        assertThat(resident.get("/api/v1/files/no-such-file").status()).isEqualTo(404);
    }

    @Test
    void refusesAFileWhoseFirstBytesSayJpegButThatIsNoImage() {
        HttpApi.Answer answer = upload(resident, "image/jpeg", FileBytes.fakeJpeg(4000));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).endsWith("/undecodable-file");
    }

    @Test
    void dropsGpsAndExifFromAPhoto() {
        byte[] jpeg = FileBytes.image("jpeg");
        byte[] exif = exifWithGps();
        byte[] tagged = new byte[jpeg.length + exif.length];
        System.arraycopy(jpeg, 0, tagged, 0, 2);
        System.arraycopy(exif, 0, tagged, 2, exif.length);
        System.arraycopy(jpeg, 2, tagged, 2 + exif.length, jpeg.length - 2);
        assertThat(indexOf(tagged, "GPSMARK".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isPositive();

        HttpApi.Answer answer = upload(resident, "image/jpeg", tagged);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        byte[] back = resident.get(
                        "/api/v1/files/" + answer.json().get("fileId").asString())
                .bytes();
        assertThat(indexOf(back, "Exif".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isNegative();
        assertThat(indexOf(back, "GPSMARK".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isNegative();
    }

    @Test
    void refusesPdfsThatCarryScriptsOrAutomaticActionsAlsoWhenEscapedOrCompressed() {
        String script =
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n%%EOF\n";
        String escaped = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Names << /J#61vaScript 2 0 R >> >>\nendobj\n%%EOF\n";
        byte[] hidden = objectStreamPdf("<< /S /Launch /F (calc.exe) >>");
        byte[] plain = objectStreamPdf("<< /Type /Page /MediaBox [0 0 595 842] >>");

        for (byte[] pdf : new byte[][] {
            script.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            escaped.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            hidden
        }) {
            HttpApi.Answer answer = upload(resident, "application/pdf", pdf);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
            assertThat(answer.json().get("type").asString()).endsWith("/pdf-active-content");
        }
        assertThat(upload(resident, "application/pdf", plain).status()).isEqualTo(201);
    }

    @Test
    void refusesPdfsTheCheckCannotReadThroughInsteadOfTakingThemAsClean() {
        String encrypted =
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n";
        String hex = java.util.HexFormat.of()
                .formatHex("2 0 << /S /Launch /F (calc.exe) >>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        String asciiHex = "%PDF-1.7\n3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode /Length "
                + (hex.length() + 1) + " >>\nstream\n" + hex + ">\nendstream\nendobj\n%%EOF\n";

        for (String pdf : new String[] {encrypted, asciiHex}) {
            HttpApi.Answer answer =
                    upload(resident, "application/pdf", pdf.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
            assertThat(answer.json().get("type").asString()).endsWith("/pdf-unreadable");
        }
    }

    private static byte[] objectStreamPdf(String dictionary) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(("2 0 " + dictionary).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        deflater.finish();
        byte[] buffer = new byte[4096];
        int n = deflater.deflate(buffer);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
                .concat(Integer.toString(n))
                .concat(" >>\nstream\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.write(buffer, 0, n);
        out.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** An APP1 Exif segment whose payload carries a GPS-looking marker. */
    private static byte[] exifWithGps() {
        byte[] payload =
                ("Exif\0\0MM\0*\0\0\0\bGPSMARK 29.56N 106.55E").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] segment = new byte[4 + payload.length];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) 0xE1;
        segment[2] = (byte) ((payload.length + 2) >> 8);
        segment[3] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, segment, 4, payload.length);
        return segment;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
