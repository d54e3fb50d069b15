package cq.assist.webapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.account.TotpVerifier;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.auth.StaffAccountFixtures.TestAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/auth/login} on the real app and MariaDB, with accounts this test inserts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffLoginIT {

    private static final String LOGIN = "/api/v1/auth/login";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    JwtDecoder jwtDecoder;

    @Autowired
    BusinessClock clock;

    HttpApi api;
    TestAccount account;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        account = new StaffAccountFixtures(jdbc, cipher).housingReviewer();
    }

    @Test
    void issuesATokenWithRolesAndScopeClaims() {
        HttpApi.Answer answer = api.post(LOGIN, account.loginWith(StaffAccountFixtures.PASSWORD, code()));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isPositive();
        assertThat(body.get("roles").get(0).asString()).isEqualTo("DEPARTMENT_REVIEWER");
        Jwt jwt = jwtDecoder.decode(body.get("accessToken").asString());
        assertThat(jwt.getSubject()).isEqualTo(accountId().toString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("DEPARTMENT_REVIEWER");
        assertThat(jwt.getClaimAsString("department")).isEqualTo("HOUSING@500103");
        assertThat(jwt.getClaimAsString("departmentKind")).isEqualTo("HOUSING");
        assertThat(jwt.getClaimAsString("region")).isEqualTo("500103");
        assertThat(jwt.hasClaim("charity")).isFalse();
    }

    @Test
    void wrongPasswordIsA401Problem() {
        HttpApi.Answer answer = api.post(LOGIN, account.loginWith("not-the-password", code()));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).endsWith("/unauthenticated");
        assertThat(answer.text()).doesNotContain("not-the-password");
    }

    @Test
    void unknownUserGetsTheSameProblemAsAWrongPassword() {
        HttpApi.Answer unknown =
                api.post(LOGIN, Map.of("username", "nobody." + account.username(), "password", "x", "totp", "123456"));
        HttpApi.Answer wrong = api.post(LOGIN, account.loginWith("x", "123456"));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail")).isEqualTo(wrong.json().get("detail"));
    }

    @Test
    void wrongTotpIs401() {
        String stale = TotpVerifier.codeAt(account.secret(), Instant.now().minus(Duration.ofHours(1)));

        assertThat(api.post(LOGIN, account.loginWith(StaffAccountFixtures.PASSWORD, stale))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void replayedTotpStepIs401() {
        String code = code();
        assertThat(api.post(LOGIN, account.loginWith(StaffAccountFixtures.PASSWORD, code))
                        .status())
                .isEqualTo(200);

        HttpApi.Answer replay = api.post(LOGIN, account.loginWith(StaffAccountFixtures.PASSWORD, code));
        assertThat(replay.status()).isEqualTo(401);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(
                    api.post(LOGIN, account.loginWith("wrong-" + i, code())).status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 423);

        HttpApi.Answer locked = api.post(LOGIN, account.loginWith(StaffAccountFixtures.PASSWORD, code()));
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.json().get("type").asString()).endsWith("/locked");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        HttpApi.Answer again = api.post(LOGIN, account.loginWith(StaffAccountFixtures.PASSWORD, code()));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(failedAttempts()).isZero();
    }

    @Test
    void missingFieldsAre400NamingEachField() {
        HttpApi.Answer answer = api.post(LOGIN, Map.of("username", account.username()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("password", "totp");
        answer.json().get("errors").forEach(e -> assertThat(e.get("message").asString())
                .doesNotStartWith("{"));
    }

    private String code() {
        return TotpVerifier.codeAt(account.secret(), Instant.now());
    }

    private Long accountId() {
        return jdbc.queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, account.username());
    }

    private Integer failedAttempts() {
        return jdbc.queryForObject(
                "SELECT failed_attempts FROM staff_account WHERE username = ?", Integer.class, account.username());
    }
}
