package cq.assist.webapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.account.TotpVerifier;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.auth.StaffAccountFixtures.TestAccount;
import cq.assist.webapi.task.StaffTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Staff tokens end (M4): logout, a disabled account, the idle timeout, a forged or foreign token; keys rotate
 * without a restart; {@code /me} and the account administration the console uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenLifecycleIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    TokenService tokenService;

    @Autowired
    cq.assist.webapi.security.TokenKeyRefresher refresher;

    HttpApi api;
    TestAccount account;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        account = new StaffAccountFixtures(jdbc, cipher).housingReviewer();
    }

    private String logIn() {
        HttpApi.Answer answer = api.post(
                "/api/v1/auth/login",
                account.loginWith(StaffAccountFixtures.PASSWORD, TotpVerifier.codeAt(account.secret(), Instant.now())));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("accessToken").asString();
    }

    @Test
    void meDescribesTheLoggedInAccount() {
        HttpApi me = api.as(logIn());

        JsonNode body = me.get("/api/v1/me").json();

        assertThat(body.get("username").asString()).isEqualTo(account.username());
        assertThat(body.get("displayName").asString()).isEqualTo("测试住建审核员");
        assertThat(body.get("roles").get(0).asString()).isEqualTo("DEPARTMENT_REVIEWER");
        assertThat(body.get("department").asString()).isEqualTo("HOUSING@500103");
        assertThat(body.get("regionCode").asString()).isEqualTo("500103");
    }

    @Test
    void aLoggedOutTokenIsRefused() {
        HttpApi me = api.as(logIn());
        assertThat(me.get("/api/v1/tasks").status()).isEqualTo(200);

        assertThat(me.post("/api/v1/auth/logout", null).status()).isEqualTo(204);

        HttpApi.Answer after = me.get("/api/v1/tasks");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
    }

    @Test
    void disablingAnAccountRevokesItsTokensAtOnce() {
        HttpApi me = api.as(logIn());
        HttpApi admin = api.as(new StaffTokens(tokenService).admin());

        HttpApi.Answer disabled = admin.put("/api/v1/admin/accounts/" + account.username(), Map.of("enabled", false));

        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(me.get("/api/v1/tasks").status()).isEqualTo(401);
    }

    @Test
    void changingAnAccountsRolesRevokesItsTokensAndTheNextLoginCarriesThem() {
        HttpApi me = api.as(logIn());
        HttpApi admin = api.as(new StaffTokens(tokenService).admin());

        // a reviewer's role without its department: 400 naming the field the console shows it under
        HttpApi.Answer unscoped = admin.put(
                "/api/v1/admin/accounts/" + account.username(),
                Map.of("roles", java.util.List.of("STREET_REVIEWER"), "department", "", "regionCode", ""));
        assertThat(unscoped.status()).as(unscoped.toString()).isEqualTo(400);
        assertThat(unscoped.text()).contains("departmentCode").contains("该角色需要填写所属部门和区域");
        assertThat(me.get("/api/v1/me").status()).isEqualTo(200);

        HttpApi.Answer changed = admin.put(
                "/api/v1/admin/accounts/" + account.username(),
                Map.of(
                        "roles",
                        java.util.List.of("DEPARTMENT_REVIEWER", "AUDITOR"),
                        "department",
                        "HOUSING@500103",
                        "regionCode",
                        "500103"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("roles").toString()).isEqualTo("[\"DEPARTMENT_REVIEWER\",\"AUDITOR\"]");
        assertThat(changed.json().get("enabled").asBoolean()).isTrue();
        assertThat(me.get("/api/v1/me").status()).isEqualTo(401);
        // (a second login within the same TOTP step would be a refused replay: the list shows the roles instead)
        String listed = null;
        for (JsonNode a : admin.get("/api/v1/admin/accounts").json()) {
            if (a.get("username").asString().equals(account.username())) {
                listed = a.get("roles").toString();
            }
        }
        assertThat(listed).isEqualTo("[\"DEPARTMENT_REVIEWER\",\"AUDITOR\"]");
    }

    @Test
    void anAccountDisabledInTheDatabaseIsRefusedOnItsNextRequest() {
        HttpApi me = api.as(logIn());
        jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE username = ?", account.username());

        assertThat(me.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anIdleTokenIsRefused() {
        String token = logIn();
        HttpApi me = api.as(token);
        assertThat(me.get("/api/v1/me").status()).isEqualTo(200);
        jdbc.update(
                "UPDATE staff_session SET last_seen_at = ? WHERE account_id = (SELECT id FROM staff_account WHERE"
                        + " username = ?)",
                java.sql.Timestamp.from(Instant.now().minusSeconds(16 * 60)),
                account.username());

        assertThat(me.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void unsignedAndForeignTokensAreRefused() {
        String token = logIn();
        String[] parts = token.split("\\.");
        String none = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        assertThat(api.as(none).get("/api/v1/me").status()).isEqualTo(401);
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + "AA";
        assertThat(api.as(tampered).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.as("not-a-token").get("/api/v1/me").status()).isEqualTo(401);
    }

    /**
     * Key rotation without a restart, through the administrators' endpoint (before, keys could only be replaced
     * in memory by code, and every node needed a restart to learn a key): a new key verifies at once, signs only
     * after its publish delay (every node has read it by then), old tokens stay valid, and a retired key's tokens
     * are refused.
     */
    @Test
    void aRotatedKeySignsNewTokensWhileOldOnesStayValid() {
        HttpApi before = api.as(logIn());
        HttpApi admin = api.as(new StaffTokens(tokenService).admin());

        HttpApi.Answer added = admin.post("/api/v1/admin/token-keys", null);

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String kid = added.json().get("kid").asString();
        assertThat(Instant.parse(added.json().get("signsFrom").asString())).isAfter(Instant.now());
        assertThat(kidOf(new StaffTokens(tokenService).admin()))
                .as("not signing before its time")
                .isNotEqualTo(kid);

        // the publish delay has passed: every node has read the key, and it signs
        jdbc.update(
                "UPDATE token_signing_key SET signs_from = ? WHERE kid = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                kid);
        refresher.refresh();
        String after = new StaffTokens(tokenService).admin();
        try {
            assertThat(kidOf(after)).isEqualTo(kid);
            assertThat(api.as(after).get("/api/v1/admin/accounts").status()).isEqualTo(200);
            assertThat(before.get("/api/v1/me").status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/admin/token-keys").text())
                    .contains(kid)
                    .doesNotContain("secret");
        } finally {
            assertThat(admin.send("DELETE", "/api/v1/admin/token-keys/" + kid, null, Map.of())
                            .status())
                    .isEqualTo(204);
        }
        assertThat(api.as(after).get("/api/v1/me").status())
                .as("a retired key's tokens end")
                .isEqualTo(401);
        assertThat(before.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(admin.send("DELETE", "/api/v1/admin/token-keys/" + kid, null, Map.of())
                        .status())
                .isEqualTo(404);
    }

    private static String kidOf(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void onlyAnAdministratorListsAccounts() {
        HttpApi admin = api.as(new StaffTokens(tokenService).admin());
        HttpApi.Answer list = admin.get("/api/v1/admin/accounts");

        assertThat(list.status()).isEqualTo(200);
        boolean found = false;
        for (JsonNode a : list.json()) {
            assertThat(a.has("passwordHash")).isFalse();
            if (a.get("username").asString().equals(account.username())) {
                found = true;
                assertThat(a.get("enabled").asBoolean()).isTrue();
                assertThat(a.get("locked").asBoolean()).isFalse();
                assertThat(a.get("department").asString()).isEqualTo("HOUSING@500103");
            }
        }
        assertThat(found).isTrue();
        assertThat(api.as(logIn()).get("/api/v1/admin/accounts").status()).isEqualTo(403);
        assertThat(admin.put("/api/v1/admin/accounts/no.such.user", Map.of("enabled", false))
                        .status())
                .isEqualTo(404);
        assertThat(admin.put("/api/v1/admin/accounts/" + account.username(), Map.of())
                        .status())
                .isEqualTo(400);
    }
}
