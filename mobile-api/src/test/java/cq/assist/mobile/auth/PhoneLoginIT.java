package cq.assist.mobile.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Phone login against MariaDB: codes through the outbox, limits, single use, expiry, roles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneLoginIT {

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    HttpApi api;
    PhoneLogins logins;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        logins = new PhoneLogins(api, outbox);
    }

    private HttpApi.Answer login(String phone, String code) {
        return api.post("/api/v1/auth/login", Map.of("phone", phone, "code", code));
    }

    @Test
    void sendsChineseTextWithSixDigitCodeAndStoresOnlyItsHash() {
        String phone = Phones.random();
        String code = logins.requestCode(phone);

        assertThat(code).matches("\\d{6}");
        assertThat(outbox.messagesTo(phone).get(0).text()).isEqualTo("【渝悦救助】您的验证码是 " + code + "，5 分钟内有效。请勿告诉他人。");
        List<String> stored = jdbc.queryForList(
                "SELECT code_hash FROM sms_code WHERE phone_hash = ?", String.class, cipher.blindIndex(phone));
        assertThat(stored).hasSize(1).noneMatch(hash -> hash.contains(code));
    }

    @Test
    void concurrentRequestsForOnePhoneStillGetAtMostFiveCodes() throws Exception {
        String phone = Phones.random();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> api.post("/api/v1/auth/sms-code", Map.of("phone", phone))
                        .status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 202).hasSize(5);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(5);
            assertThat(outbox.messagesTo(phone)).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesSixthCodeWithinTenMinutesWith429AndRetryAfter() {
        String phone = Phones.random();
        for (int i = 0; i < 5; i++) {
            logins.requestCode(phone);
        }
        HttpApi.Answer sixth = api.post("/api/v1/auth/sms-code", Map.of("phone", phone));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(outbox.messagesTo(phone)).hasSize(5);
    }

    @Test
    void rejectsMalformedPhoneWith400NamingThePhoneField() {
        for (String phone : List.of("12345678901", "1390000000", "139000000011", "abc")) {
            HttpApi.Answer answer = api.post("/api/v1/auth/sms-code", Map.of("phone", phone));
            assertThat(answer.status()).as(phone).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("phone");
        }
    }

    @Test
    void logsUnknownPhoneInAsResidentWithAccountIdAsSubject() {
        String phone = Phones.random();
        HttpApi.Answer answer = login(phone, logins.requestCode(phone));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isPositive();
        assertThat(body.get("roles").get(0).asString()).isEqualTo("RESIDENT");
        JsonNode claims = PhoneLogins.claims(body.get("accessToken").asString());
        Long accountId = jdbc.queryForObject(
                "SELECT id FROM mobile_account WHERE phone_hash = ?", Long.class, cipher.blindIndex(phone));
        assertThat(claims.get("sub").asString()).isEqualTo(accountId.toString());
        assertThat(claims.has("community")).isFalse();
    }

    @Test
    void logsSamePhoneIntoSameAccountTwice() {
        String phone = Phones.random();
        String first = PhoneLogins.claims(logins.logIn(phone)).get("sub").asString();
        String second = PhoneLogins.claims(logins.logIn(phone)).get("sub").asString();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void logsWorkerInWithCommunityClaim() {
        String phone = Phones.random();
        jdbc.update(
                "INSERT INTO community_worker (phone_hash, phone_enc, name, community_code) VALUES (?, ?, ?, ?)",
                cipher.blindIndex(phone),
                cipher.encrypt(cq.assist.core.pii.PiiField.WORKER_PHONE, cipher.blindIndex(phone), phone),
                "测试网格员",
                "500103001001");
        Long workerId = jdbc.queryForObject(
                "SELECT id FROM community_worker WHERE phone_hash = ?", Long.class, cipher.blindIndex(phone));

        String code = logins.requestCode(phone);
        assertThat(login(phone, code.equals("000000") ? "000001" : "000000").status())
                .isEqualTo(401);
        HttpApi.Answer answer = login(phone, code);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("roles").get(0).asString()).isEqualTo("COMMUNITY_WORKER");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(action_code, ' ', outcome) FROM audit_log WHERE actor_account_id = ?"
                                + " AND actor_role = 'COMMUNITY_WORKER' ORDER BY id",
                        String.class,
                        "worker-" + workerId))
                .as("a worker's failed and successful logins are audited (等保 level 3)")
                .containsExactly("LOGIN_FAILED FAILURE", "LOGIN SUCCESS");
        JsonNode claims = PhoneLogins.claims(answer.json().get("accessToken").asString());
        assertThat(claims.get("community").asString()).isEqualTo("500103001001");
        assertThat(claims.get("workerId").asString()).isEqualTo(workerId.toString());
        assertThat(claims.get("sub").asString()).doesNotContain(phone);
    }

    @Test
    void rejectsWrongCodeWith401() {
        String phone = Phones.random();
        String code = logins.requestCode(phone);
        String wrong = code.equals("000000") ? "000001" : "000000";

        HttpApi.Answer answer = login(phone, wrong);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).isEqualTo("验证码错误或已失效");
    }

    @Test
    void rejectsCodeSentToAnotherPhone() {
        String code = logins.requestCode(Phones.random());
        assertThat(login(Phones.random(), code).status()).isEqualTo(401);
    }

    @Test
    void rejectsReusedCode() {
        String phone = Phones.random();
        String code = logins.requestCode(phone);

        assertThat(login(phone, code).status()).isEqualTo(200);
        assertThat(login(phone, code).status()).isEqualTo(401);
    }

    @Test
    void rejectsExpiredCode() {
        String phone = Phones.random();
        String code = logins.requestCode(phone);
        clock.advance(Duration.ofMinutes(6));

        assertThat(login(phone, code).status()).isEqualTo(401);
    }

    @Test
    void invalidatesOutstandingCodeAfterFiveWrongGuesses() {
        String phone = Phones.random();
        String code = logins.requestCode(phone);
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(login(phone, wrong).status()).isEqualTo(401);
        }
        assertThat(login(phone, code).status()).isEqualTo(401);
    }

    @Test
    void oneCodeLogsInOnlyOnceUnderConcurrentUse() throws Exception {
        String phone = Phones.random();
        String code = logins.requestCode(phone);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> login(phone, code).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 401);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void devOutboxDoesNotExistOutsideTheDemoProfile() {
        HttpApi.Answer answer = api.get("/api/v1/dev/sms-outbox?phone=" + Phones.random());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTokenThatLoggedOutIsRefusedAndANewLoginWorks() {
        String phone = Phones.random();
        String token = logins.logIn(phone);
        HttpApi resident = api.as(token);
        assertThat(resident.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(resident.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(resident.get("/api/v1/me").status())
                .as("the same token replayed after logout")
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/logout", Map.of()).status())
                .as("logout without a token")
                .isEqualTo(204);

        String again = logins.logIn(phone);
        assertThat(api.as(again).get("/api/v1/me").status()).isEqualTo(200);
    }
}
