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
    void storesJpegWith201ItsSha256AndEncryptedContent() {
        byte[] jpeg = FileBytes.jpeg(20_000);

        HttpApi.Answer answer = upload(resident, "application/octet-stream", jpeg);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode body = answer.json();
        assertThat(body.get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(body.get("size").asLong()).isEqualTo(jpeg.length);
        assertThat(body.get("sha256").asString()).isEqualTo(PiiCipher.sha256Hex(jpeg));
        byte[] stored = jdbc.queryForObject(
                "SELECT content_enc FROM stored_file WHERE id = ?",
                byte[].class,
                body.get("fileId").asString());
        assertThat(stored).isNotEqualTo(jpeg);
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(jpeg, 100, 132)))
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
                .as("refused by the multipart limit")
                .isEqualTo("文件超过大小限制。");
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
    void givesOwnerTheFileBackAndOthersA404() {
        byte[] png = FileBytes.png(5000);
        String fileId = upload(resident, "image/png", png).json().get("fileId").asString();
        HttpApi stranger = api.as(new PhoneLogins(api, outbox).logIn(Phones.random()));

        HttpApi.Answer mine = resident.get("/api/v1/files/" + fileId);
        HttpApi.Answer theirs = stranger.get("/api/v1/files/" + fileId);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith("image/png");
        assertThat(mine.bytes()).isEqualTo(png);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
        assertThat(resident.get("/api/v1/files/no-such-file").status()).isEqualTo(404);
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
