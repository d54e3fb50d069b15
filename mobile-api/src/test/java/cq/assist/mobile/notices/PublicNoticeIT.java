package cq.assist.mobile.notices;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.item.ItemProcesses;
import cq.assist.workflow.task.CompletingTasks;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The public notices of a community and objections of the public (issue 8): anyone reads the running
 * notices (name masked, members, amount, period); a logged-in resident objects once, the case goes back to
 * the home visit with the objection and its handling recorded; a second objection and one after the notice
 * are 409.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicNoticeIT {

    private static final String COMMUNITY = "500103001001";

    @LocalServerPort
    int port;

    @Autowired
    OpeningItemCases opening;

    @Autowired
    ItemProcesses processes;

    @Autowired
    StaffTasks staffTasks;

    /** Completes as the controllers do: a lost engine race (an async job moved the process) is retried. */
    @Autowired
    CompletingTasks completing;

    @Autowired
    ItemCases cases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    TokenService tokens;

    @Test
    void theCommunityReadsTheNoticeAndOneResidentObjectionReopensTheCaseOnce() {
        ItemCaseRow row = inNotice();
        HttpApi anyone = new HttpApi(port);

        HttpApi.Answer listed = anyone.get("/api/v1/public-notices?communityCode=" + COMMUNITY);

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode notice = null;
        for (JsonNode n : listed.json()) {
            if (n.get("id").asString().equals(row.id())) {
                notice = n;
            }
        }
        assertThat(notice).as("the case is on the board").isNotNull();
        assertThat(notice.get("householdName").asString())
                .startsWith("张")
                .contains("*")
                .doesNotContain("张三丰");
        assertThat(notice.get("members").asInt()).isEqualTo(2);
        assertThat(notice.get("amount").asString()).isEqualTo("900.00");
        assertThat(notice.get("itemName").asString()).isEqualTo("最低生活保障");
        assertThat(listed.toString()).doesNotContain("500103198");
        assertThat(anyone.get("/api/v1/public-notices?communityCode=500105001001")
                        .toString())
                .doesNotContain(row.id());

        String path = "/api/v1/public-notices/" + row.id() + "/objections";
        Map<String, String> body = Map.of("text", "该户家中有经营性收入");
        assertThat(anyone.post(path, body).status()).isEqualTo(401);
        String resident = "resident-" + UUID.randomUUID();
        HttpApi asResident = anyone.as(
                tokens.issue(resident, List.of(Roles.RESIDENT), Map.of()).accessToken());
        HttpApi.Answer objected = asResident.post(path, body);
        assertThat(objected.status()).as(objected.toString()).isEqualTo(201);
        assertThat(cases.find(row.id()).currentStep()).isEqualTo("HOME_VISIT");
        assertThat(asResident.post(path, body).status())
                .as("one objection reopens once")
                .isEqualTo(409);
        assertThat(asResident
                        .post("/api/v1/public-notices/" + UUID.randomUUID() + "/objections", body)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForList(
                        "SELECT decision FROM item_case_event WHERE case_id = ? AND step = 'PUBLIC_NOTICE' ORDER BY id",
                        String.class,
                        row.id()))
                .containsExactly("OBJECTION", "REOPENED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'OBJECTION' AND subject_id = ? AND actor_account_id = ?",
                        Integer.class,
                        row.id(),
                        "public:" + resident))
                .isEqualTo(1);
        String worker = tokens.issue(
                        "w-" + UUID.randomUUID(),
                        List.of(Roles.COMMUNITY_WORKER),
                        Map.of(Roles.CLAIM_COMMUNITY, COMMUNITY))
                .accessToken();
        assertThat(anyone.as(worker).post(path, body).status())
                .as("only the public objects here")
                .isEqualTo(403);
    }

    private ItemCaseRow inNotice() {
        String applicationId = UUID.randomUUID().toString();
        String applicant = "500103198001" + String.format("%06d", (int) (Math.random() * 1_000_000));
        jdbc.update(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes_enc, id_card_file_id,"
                        + " submitted_at, create_by) VALUES (?, ?, 'IN_REVIEW', 'SELF', 'it', '张三丰', ?, ?, ?, ?, ?, ?,"
                        + " FALSE, 0, ?, 'file-it', ?, 'it')",
                applicationId,
                "PN" + applicationId.substring(0, 8),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_ID_NUMBER, applicationId, applicant),
                cipher.blindIndex(applicant),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_PHONE, applicationId, "13900009998"),
                cipher.blindIndex("13900009998"),
                COMMUNITY,
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_ADDRESS, applicationId, "测试地址"),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_HARDSHIP_CAUSES, applicationId, "ILLNESS"),
                Timestamp.from(Instant.now()));
        for (int seq = 0; seq < 2; seq++) {
            jdbc.update(
                    "INSERT INTO household_member (application_id, seq, name, id_number_enc, id_number_hash, relation,"
                            + " birth_date, requires_authorization) VALUES (?, ?, '测试', ?, ?, ?, ?, FALSE)",
                    applicationId,
                    seq,
                    cipher.encrypt(
                            cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                            cq.assist.core.pii.PiiField.rowKey(applicationId, seq),
                            applicant + seq),
                    cipher.blindIndex(applicant + seq),
                    seq == 0 ? "SELF" : "SPOUSE",
                    LocalDate.of(1980, 1, 1));
        }
        ItemCaseRow row = opening.open(new NewCase(
                        applicationId,
                        "pn-" + UUID.randomUUID(),
                        COMMUNITY,
                        "DIBAO",
                        CaseOrigin.ASSESSMENT,
                        ItemCaseStatus.PENDING,
                        true,
                        List.of("家庭人均收入低于低保标准"),
                        new BigDecimal("900.00")))
                .orElseThrow();
        processes.start(row.id());
        TaskScope worker = TaskScope.of("worker-" + UUID.randomUUID(), Set.of(Roles.COMMUNITY_WORKER), null, COMMUNITY);
        completing.complete(taskOf(row, worker), new TaskDecision(Decision.APPROVE, null, null), worker);
        TaskScope street = TaskScope.of(
                "street-" + UUID.randomUUID(), Set.of(Roles.STREET_REVIEWER), "CIVIL_AFFAIRS@500103001", null);
        completing.complete(taskOf(row, street), new TaskDecision(Decision.APPROVE, null, null), street);
        assertThat(cases.find(row.id()).status()).isEqualTo("PUBLIC_NOTICE");
        return row;
    }

    private String taskOf(ItemCaseRow row, TaskScope scope) {
        return staffTasks.open(scope).stream()
                .filter(t -> t.applicationId().equals(row.applicationId()))
                .findFirst()
                .orElseThrow()
                .taskId();
    }
}
