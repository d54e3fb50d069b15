package cq.assist.mobile.support;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.notify.SmsOutbox;
import cq.assist.web.test.HttpApi;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs phones in through the real endpoints: asks for a code, reads it from the demo outbox (as the
 * phone would read its SMS), and logs in with it.
 */
public final class PhoneLogins {

    private final HttpApi api;
    private final SmsOutbox outbox;

    public PhoneLogins(HttpApi api, SmsOutbox outbox) {
        this.api = api;
        this.outbox = outbox;
    }

    /** Requests a code for the phone (expects 202) and returns it from the outbox. */
    public String requestCode(String phone) {
        HttpApi.Answer answer = api.post("/api/v1/auth/sms-code", Map.of("phone", phone));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        return outbox.latestCodeTo(phone);
    }

    /** Logs the phone in (expects 200) and returns the access token. */
    public String logIn(String phone) {
        String code = requestCode(phone);
        HttpApi.Answer answer = api.post("/api/v1/auth/login", Map.of("phone", phone, "code", code));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("accessToken").asString();
    }

    /** The claims of a token, read without checking the signature (the app checks it). */
    public static JsonNode claims(String token) {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return JsonMapper.builder().build().readTree(new String(payload, StandardCharsets.UTF_8));
    }
}
