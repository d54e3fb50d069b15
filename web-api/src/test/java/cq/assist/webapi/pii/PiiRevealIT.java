package cq.assist.webapi.pii;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.audit.AuditLog;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff see a full ID number only in scope and with a stated purpose, and every view is audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PiiRevealIT {

    private static final String REVEAL = "/api/v1/pii/reveal";
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
    AuditLog auditLog;

    HttpApi api;
    ApplicationRows.Filed filed;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        ApplicationRows rows = new ApplicationRows(jdbc, cipher);
        filed = rows.inCommunity(COMMUNITY);
        rows.caseAt(filed, COMMUNITY, "DIBAO", "CIVIL_AFFAIRS", "DISTRICT_DECISION", "IN_REVIEW", "[]");
    }

    private String approver(String district) {
        return token(
                Roles.DISTRICT_APPROVER,
                Map.of(
                        Roles.CLAIM_REGION,
                        district,
                        Roles.CLAIM_DEPARTMENT,
                        "CIVIL_AFFAIRS@" + district,
                        Roles.CLAIM_DEPARTMENT_KIND,
                        "CIVIL_AFFAIRS"));
    }

    @Test
    void theApproverOnTheCaseSeesTheFullIdNumberAndTheViewIsAudited() {
        HttpApi.Answer answer = api.as(approver("500103")).post(REVEAL, body(1, "核对户籍信息"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("value").asString()).isEqualTo(filed.memberIdNumber());
        assertThat(answer.header("Cache-Control")).contains("no-store");
        List<Map<String, Object>> audited = auditRows();
        assertThat(audited).hasSize(1);
        Map<String, Object> entry = audited.get(0);
        assertThat(entry.get("action_code")).isEqualTo("VIEW_FULL_ID_NUMBER");
        assertThat(entry.get("actor_role")).isEqualTo("DISTRICT_APPROVER");
        assertThat(entry.get("purpose")).isEqualTo("核对户籍信息");
        assertThat(entry.get("client_ip_hash")).isNotNull();
        assertThat(entry.values()).noneMatch(v -> String.valueOf(v).contains(filed.memberIdNumber()));
        assertThat(auditLog.verifyChain().ok()).isTrue();
    }

    @Test
    void staffWithoutATaskOnTheApplicationAndTheAdministratorSeeNothing() {
        String regionOnly = token(Roles.DISTRICT_APPROVER, Map.of(Roles.CLAIM_REGION, "500103"));
        String charity = token(Roles.CHARITY, Map.of());
        String admin = token(Roles.ADMIN, Map.of());

        assertThat(api.as(approver("500105")).post(REVEAL, body(1, "核对户籍信息")).status())
                .isEqualTo(404);
        assertThat(api.as(regionOnly).post(REVEAL, body(1, "核对户籍信息")).status()).isEqualTo(404);
        assertThat(api.as(charity).post(REVEAL, body(1, "核对户籍信息")).status()).isEqualTo(403);
        assertThat(api.as(admin).post(REVEAL, body(1, "核对户籍信息")).status()).isEqualTo(403);
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void aMissingOrShortPurposeIs400NamingPurpose() {
        String admin = approver("500103");

        for (String purpose : new String[] {"看看", "   ", null}) {
            HttpApi.Answer answer = api.as(admin).post(REVEAL, body(1, purpose));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("purpose");
        }
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void anUnsupportedFieldIs400AndAnUnknownMemberIs404() {
        String admin = approver("500103");
        Map<String, Object> other = new HashMap<>(body(1, "核对户籍信息"));
        other.put("field", "bankAccount");

        HttpApi.Answer badField = api.as(admin).post(REVEAL, other);
        HttpApi.Answer noMember = api.as(admin).post(REVEAL, body(7, "核对户籍信息"));

        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.json().get("errors").get(0).get("field").asString()).isEqualTo("field");
        assertThat(noMember.status()).isEqualTo(404);
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void withoutATokenIs401() {
        assertThat(api.post(REVEAL, body(1, "核对户籍信息")).status()).isEqualTo(401);
    }

    private Map<String, Object> body(int memberSeq, String purpose) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectType", "APPLICATION_MEMBER");
        body.put("applicationId", filed.applicationId());
        body.put("memberSeq", memberSeq);
        body.put("field", "idNumber");
        body.put("purpose", purpose);
        return body;
    }

    private String token(String role, Map<String, String> claims) {
        return tokens.issue("it-" + UUID.randomUUID(), List.of(role), claims).accessToken();
    }

    private List<Map<String, Object>> auditRows() {
        return jdbc.queryForList(
                "SELECT * FROM audit_log WHERE subject_type = 'APPLICATION_MEMBER' AND subject_id LIKE ?",
                filed.applicationId() + "/%");
    }
}
