package cq.assist.webapi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.account.TotpVerifier;
import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.auth.StaffAccountFixtures;
import cq.assist.webapi.task.StaffTokens;
import cq.assist.workflow.item.ItemProcesses;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit gaps issue 8 left open: claiming and releasing a task, exporting the inbox, and a well-signed token
 * refused by its session (logged out, idle) are each one audit entry with who, what and the outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditGapsIT {

    @LocalServerPort
    int port;

    @Autowired
    OpeningItemCases opening;

    @Autowired
    ItemProcesses processes;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Test
    void claimReleaseAndExportAreAudited() {
        String district = "58" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        ItemCaseRow row = opening.open(new NewCase(
                        UUID.randomUUID().toString(),
                        (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""),
                        district + "001001",
                        "HOUSING",
                        CaseOrigin.ASSESSMENT,
                        ItemCaseStatus.PENDING,
                        true,
                        List.of()))
                .orElseThrow();
        processes.start(row.id());
        String token = new StaffTokens(tokenService).staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@" + district);
        String who = subjectOf(token);
        HttpApi housing = new HttpApi(port).as(token);
        String taskId = housing.get("/api/v1/tasks").json().get(0).get("taskId").asString();

        assertThat(housing.post("/api/v1/tasks/" + taskId + "/claim", null).status())
                .isEqualTo(200);
        assertThat(housing.post("/api/v1/tasks/" + taskId + "/unclaim", null).status())
                .isEqualTo(200);
        HttpApi.Answer export = housing.get("/api/v1/tasks/export?itemCode=HOUSING");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);

        List<Map<String, Object>> audited = jdbc.queryForList(
                "SELECT action_code, subject_type, subject_id, purpose, outcome FROM audit_log"
                        + " WHERE actor_account_id = ? ORDER BY seq",
                who);
        assertThat(audited)
                .extracting(r -> r.get("action_code") + "/" + r.get("subject_type") + "/" + r.get("outcome"))
                .containsExactly("TASK_CLAIM/TASK/SUCCESS", "TASK_CLAIM/TASK/SUCCESS", "EXPORT/INBOX/SUCCESS");
        assertThat(audited.get(0).get("subject_id")).isEqualTo(taskId);
        assertThat(audited.get(0).get("purpose").toString()).startsWith("CLAIM").contains(row.id());
        assertThat(audited.get(1).get("purpose").toString()).startsWith("RELEASE own claim");
        assertThat(audited.get(2).get("purpose").toString()).contains("rows=1").contains("itemCode=HOUSING");
    }

    @Test
    void aTokenRefusedByItsSessionIsAuditedWithTheReason() {
        StaffAccountFixtures.TestAccount account = new StaffAccountFixtures(jdbc, cipher).housingReviewer();
        String id = jdbc.queryForObject(
                        "SELECT id FROM staff_account WHERE username = ?", Long.class, account.username())
                .toString();
        HttpApi api = new HttpApi(port);
        String token = api.post(
                        "/api/v1/auth/login",
                        account.loginWith(
                                StaffAccountFixtures.PASSWORD, TotpVerifier.codeAt(account.secret(), Instant.now())))
                .json()
                .get("accessToken")
                .asString();
        HttpApi me = api.as(token);
        assertThat(me.post("/api/v1/auth/logout", null).status()).isEqualTo(204);

        assertThat(me.get("/api/v1/tasks").status()).isEqualTo(401);

        List<Map<String, Object>> refused = jdbc.queryForList(
                "SELECT subject_type, purpose, outcome FROM audit_log WHERE actor_account_id = ?"
                        + " AND action_code = 'ACCESS_DENIED' ORDER BY seq",
                id);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).get("subject_type")).isEqualTo("TOKEN");
        assertThat(refused.get(0).get("purpose").toString()).isEqualTo("401 token refused: REVOKED");
        assertThat(refused.get(0).get("outcome")).isEqualTo("DENIED");
    }

    private static String subjectOf(String token) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(json).get("sub").asString();
    }
}
