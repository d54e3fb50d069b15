package cq.assist.webapi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.account.TotpVerifier;
import cq.assist.core.audit.AuditChainVerifier;
import cq.assist.core.audit.ChainVerification;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.auth.StaffAccountFixtures;
import cq.assist.webapi.pii.ApplicationRows;
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
 * 等保 level 3 audit over HTTP (issue 8, security review M6): logins, failures and lockouts, refusals,
 * staff views and account changes are recorded with who, when, from where, what and the outcome; the
 * console lists them with filters and verifies the chain on demand, and a tampered entry is found and
 * raises an alert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditEventsIT {

    private static final String LOGIN = "/api/v1/auth/login";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    TokenService tokenService;

    @Autowired
    AuditChainVerifier verifier;

    @Test
    void loginsFailuresAndTheLockoutAreAuditedWithOutcomeAndAddress() {
        StaffAccountFixtures.TestAccount account = new StaffAccountFixtures(jdbc, cipher).housingReviewer();
        String id = jdbc.queryForObject(
                        "SELECT id FROM staff_account WHERE username = ?", Long.class, account.username())
                .toString();
        HttpApi api = new HttpApi(port);

        assertThat(api.post(LOGIN, account.loginWith(StaffAccountFixtures.PASSWORD, code(account)))
                        .status())
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            api.post(LOGIN, account.loginWith("wrong-" + i, code(account)));
        }
        api.post(
                LOGIN,
                Map.of(
                        "username",
                        "no.such." + UUID.randomUUID().toString().substring(0, 8),
                        "password",
                        "x",
                        "totp",
                        "000000"));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT action_code, outcome, client_addr, seal_version FROM audit_log WHERE actor_account_id = ?"
                        + " ORDER BY seq",
                id);
        assertThat(rows)
                .extracting(r -> r.get("action_code") + "/" + r.get("outcome"))
                .containsExactly(
                        "LOGIN/SUCCESS",
                        "LOGIN_FAILED/FAILURE",
                        "LOGIN_FAILED/FAILURE",
                        "LOGIN_FAILED/FAILURE",
                        "LOGIN_FAILED/FAILURE",
                        "LOGIN_FAILED/FAILURE",
                        "ACCOUNT_LOCKED/DENIED");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("client_addr")).as("from where").isNotNull();
            assertThat(((Number) r.get("seal_version")).intValue()).isEqualTo(2);
        });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'LOGIN_FAILED' AND actor_account_id LIKE 'no.such.%'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void refusalsViewsAndAccountChangesAreAudited() {
        StaffTokens tokens = new StaffTokens(tokenService);
        String housingToken = tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500103");
        String housingSubject = subjectOf(housingToken);
        ApplicationRows rows = new ApplicationRows(jdbc, cipher);
        ApplicationRows.Filed filed = rows.inCommunity("500103001001");
        rows.caseAt(filed, "500103001001", "HOUSING", "HOUSING", "DEPARTMENT_REVIEW", "IN_REVIEW", "[]");
        ApplicationRows.Filed foreign = rows.inCommunity("500105001001");

        HttpApi housing = new HttpApi(port).as(housingToken);
        assertThat(housing.get("/api/v1/applications/" + filed.applicationId()).status())
                .isEqualTo(200);
        assertThat(housing.get("/api/v1/applications/" + foreign.applicationId())
                        .status())
                .isEqualTo(404);
        assertThat(housing.get("/api/v1/admin/accounts").status()).isEqualTo(403);

        List<Map<String, Object>> audited = jdbc.queryForList(
                "SELECT action_code, subject_id, outcome, purpose FROM audit_log WHERE actor_account_id = ? ORDER BY seq",
                housingSubject);
        assertThat(audited)
                .extracting(r -> r.get("action_code") + "/" + r.get("outcome"))
                .containsExactly("VIEW_APPLICATION/SUCCESS", "ACCESS_DENIED/DENIED", "ACCESS_DENIED/DENIED");
        assertThat(audited.get(1).get("subject_id").toString()).contains(foreign.applicationId());
        assertThat(audited.get(1).get("purpose").toString()).startsWith("404");
        assertThat(audited.get(2).get("purpose").toString()).startsWith("403");

        String admin = tokens.admin();
        String username = jdbc.queryForObject("SELECT username FROM staff_account ORDER BY id LIMIT 1", String.class);
        HttpApi adminApi = new HttpApi(port).as(admin);
        assertThat(adminApi.put("/api/v1/admin/accounts/" + username, Map.of("enabled", true))
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE actor_account_id = ? AND action_code = 'ACCOUNT_CHANGE'",
                        Integer.class,
                        subjectOf(admin)))
                .isEqualTo(1);
    }

    @Test
    void parameterAndCalendarChangesAreAudited() {
        String admin = new StaffTokens(tokenService).admin();
        HttpApi api = new HttpApi(port).as(admin);
        String day = "2099-0" + (1 + (int) (Math.random() * 9)) + "-1" + (int) (Math.random() * 9);

        HttpApi.Answer published = api.post(
                "/api/v1/admin/parameters",
                Map.of(
                        "key", "DIBAO_STANDARD_URBAN",
                        "regionCode", "500103",
                        "value", "999.00",
                        "effectiveFrom", day,
                        "source", "审计测试"));
        HttpApi.Answer calendar = api.put("/api/v1/admin/calendar/2098", List.of());

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT action_code, subject_id, purpose FROM audit_log WHERE actor_account_id = ? ORDER BY seq",
                subjectOf(admin));
        assertThat(rows).extracting(r -> r.get("action_code")).contains("PARAMETER_CHANGE", "CALENDAR_CHANGE");
        assertThat(rows.stream()
                        .filter(r -> "PARAMETER_CHANGE".equals(r.get("action_code")))
                        .findFirst()
                        .orElseThrow()
                        .get("subject_id"))
                .isEqualTo("DIBAO_STANDARD_URBAN@500103@" + day);
    }

    @Test
    void theConsoleListsEntriesWithFiltersAndTotal() {
        StaffTokens tokens = new StaffTokens(tokenService);
        String housingToken = tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500103");
        HttpApi housing = new HttpApi(port).as(housingToken);
        for (int i = 0; i < 3; i++) {
            housing.get("/api/v1/applications/" + UUID.randomUUID());
        }
        HttpApi admin = new HttpApi(port).as(tokens.admin());

        HttpApi.Answer page = admin.get("/api/v1/admin/audit?actor=" + subjectOf(housingToken)
                + "&action=ACCESS_DENIED&page=0&size=2&from=" + Instant.now().minusSeconds(600) + "&to="
                + Instant.now().plusSeconds(60));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.json()).hasSize(2);
        JsonNode newest = page.json().get(0);
        assertThat(newest.get("action").asString()).isEqualTo("ACCESS_DENIED");
        assertThat(newest.get("outcome").asString()).isEqualTo("DENIED");
        assertThat(newest.get("seq").asLong())
                .isGreaterThan(page.json().get(1).get("seq").asLong());
        assertThat(newest.has("at")).isTrue();
        assertThat(admin.get("/api/v1/admin/audit?size=1000").status()).isEqualTo(400);
        assertThat(housing.get("/api/v1/admin/audit").status()).isEqualTo(403);
        String auditor = tokenService
                .issue("it-auditor-" + UUID.randomUUID(), List.of(Roles.AUDITOR), Map.of())
                .accessToken();
        assertThat(new HttpApi(port)
                        .as(auditor)
                        .get("/api/v1/admin/audit?size=1")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTamperedEntryIsFoundOnDemandAndOnScheduleAndRaisesAnAlert() {
        StaffTokens tokens = new StaffTokens(tokenService);
        HttpApi admin = new HttpApi(port).as(tokens.admin());
        new HttpApi(port)
                .as(tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500103"))
                .get("/api/v1/applications/" + UUID.randomUUID());
        long seq =
                jdbc.queryForObject("SELECT MAX(seq) FROM audit_log WHERE action_code = 'ACCESS_DENIED'", Long.class);
        String purpose = jdbc.queryForObject("SELECT purpose FROM audit_log WHERE seq = ?", String.class, seq);
        assertThat(admin.post("/api/v1/admin/audit/verify", Map.of())
                        .json()
                        .get("ok")
                        .asBoolean())
                .isTrue();
        int alertsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_alert", Integer.class);
        try {
            jdbc.update("UPDATE audit_log SET purpose = ? WHERE seq = ?", "200 nothing to see", seq);

            HttpApi.Answer verified = admin.post("/api/v1/admin/audit/verify", Map.of());
            ChainVerification scheduled = verifier.verifyOnSchedule();

            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.json().get("ok").asBoolean()).isFalse();
            assertThat(verified.json().get("brokenSeq").asLong()).isEqualTo(seq);
            assertThat(verified.json().get("problem").asString()).isEqualTo("ENTRY_ALTERED");
            assertThat(scheduled.ok()).isFalse();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_alert", Integer.class))
                    .isEqualTo(alertsBefore + 2);
            assertThat(jdbc.queryForList("SELECT trigger_kind FROM audit_alert ORDER BY id DESC LIMIT 2", String.class))
                    .containsExactlyInAnyOrder("ON_DEMAND", "SCHEDULE");
        } finally {
            jdbc.update("UPDATE audit_log SET purpose = ? WHERE seq = ?", purpose, seq);
        }
        assertThat(verifier.verifyOnSchedule().ok()).isTrue();
    }

    private String subjectOf(String token) {
        String payload = token.split("\\.")[1];
        String json =
                new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(json)
                .get("sub")
                .asString();
    }

    private static String code(StaffAccountFixtures.TestAccount account) {
        return TotpVerifier.codeAt(account.secret(), Instant.now());
    }
}
