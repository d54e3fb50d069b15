package cq.assist.mobile.files;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.notify.SmsOutbox;
import cq.assist.mobile.support.FileBytes;
import cq.assist.mobile.support.Multipart;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The upload's own 5 MB cap holds (as a 413 problem document) even when the container's multipart
 * limit is configured larger than 5 MB.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=8MB", "spring.servlet.multipart.max-request-size=9MB"})
class OwnSizeCapIT {

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Test
    void refusesOneByteMoreThanFiveMegabytesWithItsOwn413() {
        HttpApi api = new HttpApi(port);
        HttpApi resident = api.as(new PhoneLogins(api, outbox).logIn(Phones.random()));
        Multipart body = Multipart.file("file", "big.pdf", "application/pdf", FileBytes.pdf(5 * 1024 * 1024 + 1));

        HttpApi.Answer answer = resident.send("POST", "/api/v1/files", body.body(), body.headers());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).isEqualTo("文件不能超过 5 MB。");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }
}
