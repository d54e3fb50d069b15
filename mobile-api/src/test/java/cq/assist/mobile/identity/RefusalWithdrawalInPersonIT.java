package cq.assist.mobile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7: a member refuses (the application ends, the applicant is told in the app and by SMS); the
 * applicant withdraws before a decision (open tasks end through the workflow) and not after; a member
 * without a phone on file, or a guardian for a minor, signs in person before the community's worker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class RefusalWithdrawalInPersonIT {

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStaging registry;

    @Autowired
    PiiCipher cipher;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    HttpApi api;
    IntakeFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
    }

    @Test
    void aMemberWhoRefusesEndsTheApplicationAndTheApplicantIsTold() {
        Person me = fixtures.person("韩梅", 45);
        Person spouse = fixtures.person("韩雷", 46);
        HttpApi resident = fixtures.logIn(me);
        Filed filed = fileWithSpouse(resident, me, spouse);
        String id = filed.id();
        String token = filed.spouseToken();

        HttpApi.Answer tooLong = api.post(
                "/api/v1/authorizations/" + token + "/refuse",
                Map.of("reason", "因".repeat(cq.assist.core.authorization.RefusingAuthorization.MAX_REASON + 1)));
        HttpApi.Answer refused = api.post("/api/v1/authorizations/" + token + "/refuse", Map.of("reason", "不同意查询我的存款"));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        JsonNode view = resident.get("/api/v1/applications/" + id).json();
        assertThat(view.get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("pendingAuthorizations")).isEmpty();
        assertThat(view.get("timeline").toString()).contains("拒绝签署授权书");
        JsonNode messages = resident.get("/api/v1/notifications").json();
        assertThat(messages.get(0).get("applicationId").asString()).isEqualTo(id);
        assertThat(messages.get(0).get("text").asString()).contains("不同意查询我的存款");
        assertThat(messages.get(0).get("read").asBoolean()).isFalse();
        assertThat(outbox.messagesTo(me.phone()))
                .anySatisfy(m -> assertThat(m.text()).contains("拒绝签署授权书"));
        assertThat(api.get("/api/v1/authorizations/" + token).status()).isEqualTo(410);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(id)
                        .count())
                .as("the process and its timers ended")
                .isZero();

        long messageId = messages.get(0).get("id").asLong();
        assertThat(resident.post("/api/v1/notifications/" + messageId + "/read", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(resident.get("/api/v1/notifications")
                        .json()
                        .get(0)
                        .get("read")
                        .asBoolean())
                .isTrue();
        HttpApi stranger = fixtures.logIn(fixtures.person("路人", 30));
        assertThat(stranger.get("/api/v1/notifications").json()).isEmpty();
        assertThat(stranger.post("/api/v1/notifications/" + messageId + "/read", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anApplicantPhoneAtItsDailySmsBudgetGetsTheRefusalInTheAppButNoSms() {
        Person me = fixtures.person("柳青", 45);
        Person spouse = fixtures.person("柳河", 46);
        HttpApi resident = fixtures.logIn(me);
        Filed filed = fileWithSpouse(resident, me, spouse);
        String id = filed.id();
        String token = filed.spouseToken();
        // the applicant's phone has had its 10 texts of the day (assist.sms.daily-per-phone)
        for (int i = 0; i < 10; i++) {
            jdbc.update(
                    "INSERT INTO sms_send_log (phone_hash, applicant_key, kind, sent_at) VALUES (?, NULL, 'LOGIN_CODE', ?)",
                    cipher.blindIndex(me.phone()),
                    java.sql.Timestamp.from(clock.now()));
        }
        int textsBefore = outbox.messagesTo(me.phone()).size();

        HttpApi.Answer refused = api.post("/api/v1/authorizations/" + token + "/refuse", Map.of("reason", "不想查询"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        JsonNode messages = resident.get("/api/v1/notifications").json();
        assertThat(messages.get(0).get("applicationId").asString()).isEqualTo(id);
        assertThat(messages.get(0).get("text").asString()).contains("不想查询");
        assertThat(outbox.messagesTo(me.phone()))
                .as("over the budget: no status SMS")
                .hasSize(textsBefore)
                .noneSatisfy(m -> assertThat(m.text()).contains("拒绝签署授权书"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM application_notice WHERE application_id = ? AND channel = 'SMS'"
                                + " AND sent_at IS NULL",
                        Integer.class,
                        id))
                .as("settled, not left for the sweep to send tomorrow")
                .isZero();
    }

    @Test
    void theApplicantWithdrawsBeforeADecisionAndTheOpenTasksEnd() throws InterruptedException {
        Person me = fixtures.person("沈军", 45);
        HttpApi resident = fixtures.logIn(me);
        String id = IntakeFixtures.submit(resident, ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)))
                .json()
                .get("id")
                .asString();
        eventually(() ->
                !"CHECKING".equals(status(resident, id)) && !"AWAITING_AUTHORIZATION".equals(status(resident, id)));

        HttpApi.Answer withdrawn =
                resident.post("/api/v1/applications/" + id + "/withdraw", Map.of("reason", "家里情况好转了"));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(id)
                        .count())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case WHERE application_id = ? AND status IN ('PENDING','IN_REVIEW','PUBLIC_NOTICE')",
                        Integer.class,
                        id))
                .isZero();
        for (String caseId : jdbc.queryForList("SELECT id FROM item_case WHERE application_id = ?", String.class, id)) {
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKey(caseId)
                            .count())
                    .as("no open task of case " + caseId)
                    .isZero();
        }
        assertThat(resident.get("/api/v1/notifications")
                        .json()
                        .get(0)
                        .get("title")
                        .asString())
                .contains("撤回");
        assertThat(resident.post("/api/v1/applications/" + id + "/withdraw", Map.of("reason", "again"))
                        .status())
                .as("already ended")
                .isEqualTo(409);
    }

    @Test
    void afterADecisionItIsTooLateToWithdraw() {
        Person me = fixtures.person("秦岚", 45);
        HttpApi resident = fixtures.logIn(me);
        String id = IntakeFixtures.submit(resident, ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)))
                .json()
                .get("id")
                .asString();
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, household_key, create_by, create_time) VALUES (UUID(), ?, 'HOUSING', 'APPLY',"
                        + " 'ASSESSMENT', 'HOUSING@500103', ?, 'REJECTED', 'k', 'test', CURRENT_TIMESTAMP(3))",
                id,
                IntakeFixtures.QIXINGGANG);

        HttpApi.Answer late = resident.post("/api/v1/applications/" + id + "/withdraw", Map.of("reason", "算了"));

        assertThat(late.status()).as(late.toString()).isEqualTo(409);
    }

    @Test
    void aMemberWithoutAPhoneAndAMinorsGuardianSignInPersonBeforeTheirWorker() {
        IntakeFixtures.Worker worker = fixtures.worker(IntakeFixtures.QIXINGGANG);
        IntakeFixtures.Worker elsewhere = fixtures.worker(IntakeFixtures.JIANGBEI);
        Person me = fixtures.person("魏强", 40);
        Person grandmother = fixtures.unregistered("魏奶奶", 80);
        Person nephew = fixtures.unregistered("魏小弟", 12);
        HttpApi.Answer filed = IntakeFixtures.submit(
                worker.api(),
                ApplicationForms.withMembers(
                        me,
                        IntakeFixtures.uploadPhoto(worker.api()),
                        grandmother.member("GRANDPARENT"),
                        nephew.member("OTHER")));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        JsonNode pending = filed.json().get("pendingAuthorizations");
        assertThat(pending)
                .as("the grandmother and the nephew (not the applicant's child)")
                .hasSize(2);
        String grandmotherToken = IntakeFixtures.tokenOf(pending.get(0));
        String nephewToken = IntakeFixtures.tokenOf(pending.get(1));
        String signature = ApplicationForms.signaturePng();

        HttpApi.Answer foreign = elsewhere
                .api()
                .post(
                        "/api/v1/worker/authorizations/" + grandmotherToken,
                        Map.of("identityCheck", "ID_CARD_IN_PERSON", "signature", signature));
        HttpApi.Answer noCheck = worker.api()
                .post(
                        "/api/v1/worker/authorizations/" + grandmotherToken,
                        Map.of("identityCheck", "LOOKED", "signature", signature));
        HttpApi.Answer noGuardian = worker.api()
                .post(
                        "/api/v1/worker/authorizations/" + nephewToken,
                        Map.of("identityCheck", "HOUSEHOLD_REGISTER_IN_PERSON", "signature", signature));
        HttpApi.Answer byResident = fixtures.logIn(fixtures.person("某居民", 30))
                .post(
                        "/api/v1/worker/authorizations/" + grandmotherToken,
                        Map.of("identityCheck", "ID_CARD_IN_PERSON", "signature", signature));
        HttpApi.Answer grandmotherSigns = worker.api()
                .post(
                        "/api/v1/worker/authorizations/" + grandmotherToken,
                        Map.of("identityCheck", "ID_CARD_IN_PERSON", "signature", signature));
        HttpApi.Answer guardianSigns = worker.api()
                .post(
                        "/api/v1/worker/authorizations/" + nephewToken,
                        Map.of("identityCheck", "GUARDIAN_DOCUMENT", "signature", signature, "guardianName", "魏大伯"));

        assertThat(foreign.status()).as("another community's worker").isEqualTo(404);
        assertThat(noCheck.status()).isEqualTo(400);
        assertThat(noCheck.json().get("errors").get(0).get("field").asString()).isEqualTo("identityCheck");
        assertThat(noGuardian.status()).isEqualTo(400);
        assertThat(noGuardian.json().get("errors").get(0).get("field").asString())
                .isEqualTo("guardianName");
        assertThat(byResident.status()).isEqualTo(403);
        assertThat(grandmotherSigns.status()).as(grandmotherSigns.toString()).isEqualTo(200);
        assertThat(guardianSigns.status()).as(guardianSigns.toString()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT identity_method FROM authorization_record WHERE application_id = ? ORDER BY member_seq",
                        String.class,
                        id))
                .containsExactly("WORKER_IN_PERSON", "MEMBER_IN_PERSON", "GUARDIAN_IN_PERSON");
        assertThat(jdbc.queryForObject(
                        "SELECT signer_name FROM authorization_record WHERE application_id = ? AND member_seq = 2",
                        String.class,
                        id))
                .isEqualTo("魏大伯");
        assertThat(status(worker.api(), id)).isNotEqualTo("AWAITING_AUTHORIZATION");
    }

    private static String status(HttpApi as, String id) {
        return as.get("/api/v1/applications/" + id).json().get("status").asString();
    }

    private static void eventually(BooleanSupplier probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!probe.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(until);
            Thread.sleep(250);
        }
    }

    /** The resident files for itself and its spouse: the application's id and the spouse's co-signing token. */
    private static Filed fileWithSpouse(HttpApi resident, Person me, Person spouse) {
        JsonNode filed = IntakeFixtures.submit(
                        resident,
                        ApplicationForms.withMembers(me, IntakeFixtures.uploadPhoto(resident), spouse.member("SPOUSE")))
                .json();
        return new Filed(
                filed.get("id").asString(),
                IntakeFixtures.tokenOf(filed.get("pendingAuthorizations").get(0)));
    }

    private record Filed(String id, String spouseToken) {}
}
