package cq.assist.mobile.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.login.Roles;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import cq.assist.workflow.task.TaskView;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * 救助+保险 end to end on MariaDB with Flowable running, with the demo insurer (the stand-in only runs in the
 * demo profile): a resident with 86,000 yuan of own-paid medical costs is granted 低保 through the whole
 * procedure; a 惠民济困保 claim is offered; after the resident's consent it is filed and the insurer answers
 * asynchronously (demo rule: above 1,000 yuan at 50 %, capped at 30,000); the payout shows in the
 * application view, lowers the medical-aid amount still to be decided from 86,000 to 56,000 yuan with the
 * reason, and the resident is told in-app and by SMS. Strangers see nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "assist.insurance.demo.delay=PT0.3S")
@ActiveProfiles("demo")
class InsuranceClaimIT {

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
    StaffTasks tasks;

    @Autowired
    ManagementService management;

    @Test
    void aDibaoHouseholdWithMedicalCostsGetsAClaimWhosePayoutLowersMedicalAid() throws Exception {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person applicant = fixtures.person("吴建国", 57);
        registry.stage(new StagedPerson(
                applicant.idNumber(),
                applicant.name(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("1000"),
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                null,
                new BigDecimal("86000"),
                false,
                false,
                applicant.phone()));
        HttpApi resident = fixtures.logIn(applicant);
        String photo = IntakeFixtures.uploadPhoto(resident);
        HttpApi.Answer filed = IntakeFixtures.submit(resident, ApplicationForms.single(applicant, photo));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        eventually("DIBAO in review", () -> "IN_REVIEW".equals(status(resident, id, "DIBAO")));

        HttpApi worker = fixtures.worker(IntakeFixtures.QIXINGGANG).api();
        String workerPhoto = IntakeFixtures.uploadPhoto(worker);
        HttpApi.Answer visited = worker.post(
                "/api/v1/worker/visits/" + visitOf(worker, id),
                Map.of(
                        "findings", "独居，身患重病，无收入。",
                        "recommendation", "SUPPORT",
                        "photoFileIds", List.of(workerPhoto),
                        "latitude", "29.556",
                        "longitude", "106.553"));
        assertThat(visited.status()).as(visited.toString()).isEqualTo(200);
        TaskScope street = scope(Roles.STREET_REVIEWER, "CIVIL_AFFAIRS@500103001");
        TaskScope district = scope(Roles.DISTRICT_APPROVER, "CIVIL_AFFAIRS@500103");
        tasks.complete(
                task(street, id, "STREET_REVIEW").taskId(), new TaskDecision(Decision.APPROVE, null, null), street);
        String dibaoProcess = jdbc.queryForObject(
                "SELECT process_instance_id FROM item_case WHERE application_id = ? AND item_code = 'DIBAO'",
                String.class,
                id);
        Job notice =
                management.createTimerJobQuery().processInstanceId(dibaoProcess).singleResult();
        management.moveTimerToExecutableJob(notice.getId());
        eventually("district decision", () -> open(district, id, "DISTRICT_DECISION") != null);
        tasks.complete(
                task(district, id, "DISTRICT_DECISION").taskId(),
                new TaskDecision(Decision.APPROVE, null, new BigDecimal("810.00")),
                district);
        eventually("claim offered", () -> !resident.get("/api/v1/insurance-claims?applicationId=" + id)
                .json()
                .isEmpty());

        JsonNode claim = resident.get("/api/v1/insurance-claims?applicationId=" + id)
                .json()
                .get(0);
        String claimId = claim.get("id").asString();
        assertThat(claim.get("status").asString()).isEqualTo("AWAITING_CONSENT");
        assertThat(claim.get("consentRequired").asBoolean()).isTrue();
        assertThat(claim.get("amountClaimed").asString()).isEqualTo("86000.00");
        assertThat(claim.get("insurer").asString()).contains("惠民济困保");
        assertThat(status(resident, id, "MEDICAL_AID")).isEqualTo("IN_REVIEW");
        HttpApi stranger = fixtures.logIn(fixtures.person("王五", 30));
        assertThat(stranger.get("/api/v1/insurance-claims?applicationId=" + id).status())
                .isEqualTo(404);
        assertThat(stranger.post("/api/v1/insurance-claims/" + claimId + "/consent", Map.of("consent", true))
                        .status())
                .isEqualTo(404);
        assertThat(resident.post("/api/v1/insurance-claims/" + claimId + "/consent", Map.of())
                        .status())
                .isEqualTo(400);

        HttpApi.Answer consented =
                resident.post("/api/v1/insurance-claims/" + claimId + "/consent", Map.of("consent", true));
        assertThat(consented.status()).as(consented.toString()).isEqualTo(200);
        assertThat(consented.json().get("status").asString()).isIn("FILED", "PAID");
        assertThat(resident.post("/api/v1/insurance-claims/" + claimId + "/consent", Map.of("consent", true))
                        .status())
                .isEqualTo(409);
        eventually("insurer answers", () -> "PAID"
                .equals(resident.get("/api/v1/insurance-claims?applicationId=" + id)
                        .json()
                        .get(0)
                        .get("status")
                        .asString()));

        JsonNode view = resident.get("/api/v1/applications/" + id).json();
        JsonNode paid = view.get("insuranceClaims").get(0);
        assertThat(paid.get("amountPaid").asString()).isEqualTo("30000.00");
        assertThat(paid.get("decidedAt")).isNotNull();
        JsonNode medical = item(view, "MEDICAL_AID");
        assertThat(medical.get("proposedAmount").asString()).isEqualTo("56000.00");
        assertThat(medical.get("reasons").toString()).contains("已赔付30000.00元").contains("56000.00");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case_event e JOIN item_case c ON c.id = e.case_id"
                                + " WHERE c.application_id = ? AND c.item_code = 'MEDICAL_AID' AND e.decision = ?",
                        Integer.class,
                        id,
                        "INSURER_PAYOUT"))
                .isEqualTo(1);
        assertThat(resident.get("/api/v1/notifications").json().valueStream().map(n -> n.get("title")
                        .asString()))
                .contains("可为您申报惠民济困保理赔", "惠民济困保已赔付");
        assertThat(outbox.messagesTo(applicant.phone()))
                .filteredOn(m -> m.text().contains("30000.00"))
                .hasSize(1);
    }

    private static TaskScope scope(String role, String department) {
        return TaskScope.of("it-" + UUID.randomUUID(), Set.of(role), department, null);
    }

    private TaskView open(TaskScope scope, String applicationId, String step) {
        return tasks.open(scope).stream()
                .filter(t -> t.applicationId().equals(applicationId) && t.step().equals(step))
                .findFirst()
                .orElse(null);
    }

    private TaskView task(TaskScope scope, String applicationId, String step) {
        TaskView task = open(scope, applicationId, step);
        assertThat(task).as(step).isNotNull();
        return task;
    }

    private static String visitOf(HttpApi worker, String applicationId) {
        for (JsonNode v : worker.get("/api/v1/worker/visits").json()) {
            if (v.get("applicationId").asString().equals(applicationId)
                    && v.get("itemCode").asString().equals("DIBAO")) {
                return v.get("taskId").asString();
            }
        }
        throw new AssertionError("no home visit for the application");
    }

    private static String status(HttpApi as, String id, String code) {
        JsonNode item = item(as.get("/api/v1/applications/" + id).json(), code);
        return item == null ? null : item.get("status").asString();
    }

    private static JsonNode item(JsonNode view, String code) {
        for (JsonNode item : view.get("items")) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        return null;
    }

    private static void eventually(String what, BooleanSupplier probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!probe.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(250);
        }
    }
}
