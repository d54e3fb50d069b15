package cq.assist.mobile.dev;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** In the demo profile the outbox is readable without login, newest first, and its code logs in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SmsOutboxDemoIT {

    @LocalServerPort
    int port;

    @Test
    void listsTextsToThePhoneNewestFirstAndTheirCodesLogIn() {
        HttpApi api = new HttpApi(port);
        String phone = Phones.random();
        assertThat(api.post("/api/v1/auth/sms-code", Map.of("phone", phone)).status())
                .isEqualTo(202);
        assertThat(api.post("/api/v1/auth/sms-code", Map.of("phone", phone)).status())
                .isEqualTo(202);

        HttpApi.Answer answer = api.get("/api/v1/dev/sms-outbox?phone=" + phone);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode messages = answer.json();
        assertThat(messages.size()).isEqualTo(2);
        JsonNode newest = messages.get(0);
        assertThat(newest.get("phone").asString()).isEqualTo(phone);
        assertThat(newest.get("text").asString()).contains(newest.get("code").asString());
        assertThat(newest.get("sentAt").asString()).endsWith("+08:00");
        assertThat(newest.get("sentAt")
                        .asString()
                        .compareTo(messages.get(1).get("sentAt").asString()))
                .isGreaterThanOrEqualTo(0);
        String code = newest.get("code").asString();
        assertThat(api.post("/api/v1/auth/login", Map.of("phone", phone, "code", code))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void showsNothingForAnotherPhone() {
        HttpApi.Answer answer = new HttpApi(port).get("/api/v1/dev/sms-outbox?phone=" + Phones.random());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().size()).isZero();
    }
}
