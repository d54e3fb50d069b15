package cq.assist.webapi.pii;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.retention.EndedApplicationRetention;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import java.sql.Timestamp;
import java.time.Duration;
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
 * Issue 7, review M11: staff read an application the retention job anonymised over HTTP (no 500): {@code
 * anonymisedAt} set, the applicant's ID number and phone null, the name masked, items kept; a reveal of a member's
 * ID number answers 410 {@code anonymised} and is not recorded as a full view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymisedStaffViewIT {

    private static final String COMMUNITY = "500103001001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    TokenService tokens;

    @Autowired
    BusinessClock clock;

    @Autowired
    EndedApplicationRetention retention;

    @Test
    void staffReadAnAnonymisedApplicationWithoutItsPersonalData() {
        ApplicationRows rows = new ApplicationRows(jdbc, cipher);
        ApplicationRows.Filed filed = rows.inCommunity(COMMUNITY);
        String id = filed.applicationId();
        String caseId = rows.caseAt(filed, COMMUNITY, "DIBAO", "CIVIL_AFFAIRS", null, "NOT_ELIGIBLE", "[]");
        jdbc.update("UPDATE item_case SET active_key = NULL WHERE id = ?", caseId);
        // ended four years ago, past the default three years of retention: nothing else of the shared test database is
        // that old, so the job changes no other test's data
        Duration ago = Duration.ofDays(4 * 366);
        jdbc.update(
                "INSERT INTO item_case_event (case_id, step, decision, actor, event_time)"
                        + " VALUES (?, 'DISTRICT_DECISION', 'REJECT', 'it', ?)",
                caseId,
                Timestamp.from(clock.now().minus(ago)));
        jdbc.update(
                "UPDATE application SET status = 'WITHDRAWN', closed_reason = 'withdrawn', closed_at = ?,"
                        + " submitted_at = ? WHERE id = ?",
                Timestamp.from(clock.now().minus(ago)),
                Timestamp.from(clock.now().minus(ago.plusDays(1))),
                id);
        jdbc.update(
                "UPDATE application_event SET event_time = ? WHERE application_id = ?",
                Timestamp.from(clock.now().minus(ago)),
                id);

        assertThat(retention.run().applications()).isGreaterThanOrEqualTo(1);

        HttpApi api = new HttpApi(port).as(approver());
        HttpApi.Answer answer = api.get("/api/v1/applications/" + id);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode view = answer.json();
        assertThat(view.path("anonymisedAt").isNull()
                        || view.path("anonymisedAt").isMissingNode())
                .isFalse();
        assertThat(view.get("status").asString()).isEqualTo("WITHDRAWN");
        JsonNode applicant = view.get("applicant");
        assertThat(applicant.path("idNumber").isNull()
                        || applicant.path("idNumber").isMissingNode())
                .isTrue();
        assertThat(applicant.path("phone").isNull() || applicant.path("phone").isMissingNode())
                .isTrue();
        assertThat(applicant.get("name").asString()).isEqualTo("测**");
        assertThat(view.get("items")).hasSize(1);

        HttpApi.Answer reveal = api.post(
                "/api/v1/pii/reveal",
                Map.of(
                        "subjectType",
                        "APPLICATION_MEMBER",
                        "applicationId",
                        id,
                        "memberSeq",
                        1,
                        "field",
                        "idNumber",
                        "purpose",
                        "核对户籍信息"));
        assertThat(reveal.status()).as(reveal.toString()).isEqualTo(410);
        assertThat(reveal.json().get("type").asString()).endsWith("/anonymised");
        assertThat(reveal.json().get("detail").asString()).isEqualTo("该申请的个人信息已按保存期限删除，无法查看。");
        assertThat(reveal.text()).doesNotContain(filed.memberIdNumber());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'VIEW_FULL_ID_NUMBER' AND subject_id = ?",
                        Integer.class,
                        id + "/1"))
                .as("nothing was shown, so no full view is in the audit log")
                .isZero();
    }

    private String approver() {
        return tokens.issue(
                        "it-" + UUID.randomUUID(),
                        List.of(Roles.DISTRICT_APPROVER),
                        Map.of(
                                Roles.CLAIM_REGION,
                                "500103",
                                Roles.CLAIM_DEPARTMENT,
                                "CIVIL_AFFAIRS@500103",
                                Roles.CLAIM_DEPARTMENT_KIND,
                                "CIVIL_AFFAIRS"))
                .accessToken();
    }
}
