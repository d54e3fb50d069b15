package cq.assist.webapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.account.TotpVerifier;
import cq.assist.core.login.Roles;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.task.StaffTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The staff password policy over HTTP (等保 8.1.4.1 a; before, accounts could not be created or passwords
 * changed at all, and nothing checked a password): an administrator creates an account (a weak password is a 400
 * naming {@code password} in Chinese), the account changes its password ({@code newPassword} named for each rule,
 * no reuse), a change revokes the account's tokens, and the full credentials change it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordPolicyIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createChangeAndReuseFollowThePolicy() {
        HttpApi admin = new HttpApi(port).as(new StaffTokens(tokenService).admin());
        String username = "it.pw." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> account = new java.util.HashMap<>(Map.of(
                "username", username,
                "displayName", "密码策略测试",
                "roles", List.of(Roles.DEPARTMENT_REVIEWER),
                "department", "HOUSING@500103",
                "regionCode", "500103",
                "password", "short1"));

        HttpApi.Answer weak = admin.post("/api/v1/admin/accounts", account);
        assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
        assertThat(fields(weak)).contains("password");
        assertThat(weak.json().get("errors").toString()).contains("至少需要 12 个字符").contains("至少 3 类");

        account.put("password", "Chongqing#2026-a");
        HttpApi.Answer created = admin.post("/api/v1/admin/accounts", account);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().get("totpSecret").asString();
        assertThat(created.json().get("otpauthUri").asString()).startsWith("otpauth://totp/");
        assertThat(admin.post("/api/v1/admin/accounts", account).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject(
                        "SELECT password_hash FROM staff_account WHERE username = ?", String.class, username))
                .startsWith("$2a$10$");

        HttpApi api = new HttpApi(port);
        HttpApi.Answer login = api.post(
                "/api/v1/auth/login",
                Map.of(
                        "username",
                        username,
                        "password",
                        "Chongqing#2026-a",
                        "totp",
                        TotpVerifier.codeAt(secret, Instant.now())));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        HttpApi me = api.as(login.json().get("accessToken").asString());

        HttpApi.Answer withName = me.post(
                "/api/v1/me/password",
                Map.of("currentPassword", "Chongqing#2026-a", "newPassword", username + "#A2026x"));
        assertThat(withName.status()).isEqualTo(400);
        assertThat(fields(withName)).containsExactly("newPassword");
        assertThat(withName.json().get("errors").get(0).get("message").asString())
                .contains("用户名");
        HttpApi.Answer same = me.post(
                "/api/v1/me/password",
                Map.of("currentPassword", "Chongqing#2026-a", "newPassword", "Chongqing#2026-a"));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("errors").get(0).get("message").asString()).contains("最近使用过");

        HttpApi.Answer changed = me.post(
                "/api/v1/me/password",
                Map.of("currentPassword", "Chongqing#2026-a", "newPassword", "Jiefangbei@2027-b"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(me.get("/api/v1/me").status())
                .as("the change revokes the account's tokens")
                .isEqualTo(401);

        // the full credentials change it as well (the way out of an expired password); the old one is history
        HttpApi.Answer forward = api.post(
                "/api/v1/auth/password",
                Map.of(
                        "username",
                        username,
                        "password",
                        "Jiefangbei@2027-b",
                        "totp",
                        TotpVerifier.codeAt(secret, Instant.now().plusSeconds(30)),
                        "newPassword",
                        "Ciqikou&2028-c"));
        assertThat(forward.status()).as(forward.toString()).isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM staff_password_history h JOIN staff_account a ON a.id = h.account_id"
                                + " WHERE a.username = ?",
                        Integer.class,
                        username))
                .isEqualTo(2);
    }

    @Test
    void aWrongCurrentPasswordEndsTheSession() {
        HttpApi admin = new HttpApi(port).as(new StaffTokens(tokenService).admin());
        String username = "it.pw." + UUID.randomUUID().toString().substring(0, 8);
        String secret = admin.post(
                        "/api/v1/admin/accounts",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "密码策略测试",
                                "roles",
                                List.of(Roles.AUDITOR),
                                "password",
                                "Chongqing#2026-a"))
                .json()
                .get("totpSecret")
                .asString();
        HttpApi api = new HttpApi(port);
        HttpApi me = api.as(api.post(
                        "/api/v1/auth/login",
                        Map.of(
                                "username",
                                username,
                                "password",
                                "Chongqing#2026-a",
                                "totp",
                                TotpVerifier.codeAt(secret, Instant.now())))
                .json()
                .get("accessToken")
                .asString());

        HttpApi.Answer guess = me.post(
                "/api/v1/me/password", Map.of("currentPassword", "guess-1", "newPassword", "Jiefangbei@2027-b"));

        assertThat(guess.status()).isEqualTo(400);
        assertThat(fields(guess)).containsExactly("currentPassword");
        assertThat(me.get("/api/v1/me").status()).isEqualTo(401);
    }

    private static List<String> fields(HttpApi.Answer answer) {
        List<String> fields = new java.util.ArrayList<>();
        for (JsonNode e : answer.json().get("errors")) {
            fields.add(e.get("field").asString());
        }
        return fields;
    }
}
