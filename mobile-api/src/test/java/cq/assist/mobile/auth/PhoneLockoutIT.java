package cq.assist.mobile.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.login.SmsCodeService;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7 / security review M3 with L1's kind, through HTTP on MariaDB: wrong SMS codes typed by a stranger lock
 * the stranger's address, never the resident. The test runs behind a "proxy" (loopback is trusted here), so each
 * request names its client in {@code X-Forwarded-For}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "assist.http.trusted-proxies=127.0.0.1,::1")
class PhoneLockoutIT {

    private static final String OWNER = "198.51.100.1";
    private static final String STRANGER = "203.0.113.66";

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    private int requestCode(String phone, String from) {
        return api.send("POST", "/api/v1/auth/sms-code", Map.of("phone", phone), Map.of("X-Forwarded-For", from))
                .status();
    }

    private HttpApi.Answer login(String phone, String code, String from) {
        return api.send(
                "POST", "/api/v1/auth/login", Map.of("phone", phone, "code", code), Map.of("X-Forwarded-For", from));
    }

    @Test
    void aStrangersWrongCodesLockTheStrangerOutAndTheResidentStillLogsIn() {
        String phone = Phones.random();
        for (int i = 0; i < SmsCodeService.MAX_DAILY_FAILURES; i++) {
            assertThat(login(phone, String.format("%06d", i), STRANGER).status())
                    .isEqualTo(401);
        }
        assertThat(requestCode(phone, STRANGER))
                .as("no more codes asked from there")
                .isEqualTo(429);

        assertThat(requestCode(phone, OWNER)).isEqualTo(202);
        HttpApi.Answer owner = login(phone, outbox.latestCodeTo(phone), OWNER);
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
    }

    @Test
    void afterGuessingFromManyAddressesACodeWorksOnlyWhereItWasAskedFor() {
        String phone = Phones.random();
        for (int i = 0; i < SmsCodeService.MAX_DAILY_FAILURES; i++) {
            login(phone, String.format("%06d", i), "203.0.113." + (100 + i));
        }
        assertThat(requestCode(phone, OWNER)).isEqualTo(202);
        String code = outbox.latestCodeTo(phone);

        assertThat(login(phone, code, "198.51.100.2").status())
                .as("the phone's real code, typed from another address")
                .isEqualTo(401);
        HttpApi.Answer owner = login(phone, code, OWNER);
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
    }

    /** Review L2, in the same trusted-proxy setting: HSTS when the proxy says the client came over TLS, not else. */
    @Test
    void behindATrustedTlsProxyAnswersCarryStrictTransportSecurity() {
        HttpApi.Answer overTls = api.send("GET", "/api/v1/communities", null, Map.of("X-Forwarded-Proto", "https"));
        HttpApi.Answer plain = api.get("/api/v1/communities");

        assertThat(overTls.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(plain.header("Strict-Transport-Security")).isNull();
    }
}
