package cq.assist.mobile.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.notify.SmsOutbox;
import cq.assist.mobile.support.FileBytes;
import cq.assist.mobile.support.Multipart;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login, outbox, file and logout SQL also runs on the zero-setup default database, H2 in MySQL mode. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:mobile_h2;MODE=MySQL;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
class H2PhoneLoginIT {

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Test
    void logsInOnceAndStoresAFileOnH2() {
        HttpApi api = new HttpApi(port);
        PhoneLogins logins = new PhoneLogins(api, outbox);
        String phone = Phones.random();
        String code = logins.requestCode(phone);

        assertThat(api.post("/api/v1/auth/login", Map.of("phone", phone, "code", code))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/auth/login", Map.of("phone", phone, "code", code))
                        .status())
                .isEqualTo(401);

        HttpApi resident = api.as(logins.logIn(phone));
        Multipart body = Multipart.file("file", "id.jpg", "image/jpeg", FileBytes.jpeg(2048));
        HttpApi.Answer upload = resident.send("POST", "/api/v1/files", body.body(), body.headers());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        HttpApi.Answer download =
                resident.get("/api/v1/files/" + upload.json().get("fileId").asString());
        assertThat(cq.assist.core.pii.PiiCipher.sha256Hex(download.bytes()))
                .as("the stored, re-encoded image comes back")
                .isEqualTo(upload.json().get("sha256").asString());

        // logout's table and its check on every request work on H2 too
        assertThat(resident.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(resident.get("/api/v1/me").status())
                .as("the token after logout")
                .isEqualTo(401);
    }
}
