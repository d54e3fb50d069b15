package cq.assist.mobile.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.casework.ApplicationStats;
import cq.assist.core.casework.ReadingForStaff;
import cq.assist.core.casework.StaffScope;
import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.common.DomainException;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.login.Roles;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.RawRows;
import cq.assist.workflow.item.Objections;
import cq.assist.workflow.task.CompletingTasks;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskScope;
import cq.assist.workflow.task.TaskView;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

/**
 * The journey of API.md on MariaDB with Flowable running: a worker files for a 低保 household with a
 * disabled member, a student and no home; the relative co-signs; the happiness list shows; the worker
 * visits; the street approves; the public notice ends; the district approves with the amount; the joint
 * items reach only their departments; the apply-free items are granted; the last decision closes the
 * application and one SMS goes out. Others see none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneApplicationJourneyIT {

    private static final String DISTRICT = "500103";

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

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
    StaffTasks staffTasks;

    /** Completes as the controllers do: a lost engine race (an async job moved the process) is retried. */
    @Autowired
    CompletingTasks completing;

    @Autowired
    ManagementService management;

    @Autowired
    ItemCases cases;

    @Autowired
    ReadingForStaff reading;

    @Autowired
    Objections objections;

    @Autowired
    ApplicationStats stats;

    private HttpApi worker(String community) {
        return new HttpApi(port)
                .as(tokens.issue(
                                "worker-" + UUID.randomUUID(),
                                List.of(Roles.COMMUNITY_WORKER),
                                Map.of(Roles.CLAIM_COMMUNITY, community))
                        .accessToken());
    }

    private void stage(Person p, String pension, Integer disability, String medical) {
        registry.stage(new StagedPerson(
                p.idNumber(),
                p.name(),
                BigDecimal.ZERO,
                new BigDecimal(pension),
                BigDecimal.ZERO,
                new BigDecimal("1000"),
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                disability,
                new BigDecimal(medical),
                false,
                false));
    }

    private static void eventually(String what, BooleanSupplier probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!probe.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(250);
        }
    }

    private static JsonNode item(JsonNode view, String code) {
        for (JsonNode item : view.get("items")) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void oneApplicationFansOutToTheDepartmentsAndClosesWithOneSms() throws Exception {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person applicant = fixtures.person("李军", 45);
        Person parent = fixtures.person("李建国", 70);
        Person child = fixtures.person("李小明", 15);
        stage(applicant, "0", 2, "6000");
        stage(parent, "300", null, "0");
        stage(child, "0", null, "0");
        HttpApi worker = fixtures.worker(IntakeFixtures.QIXINGGANG).api();
        String photo = IntakeFixtures.uploadPhoto(worker);
        ApplicationForm form = ApplicationForms.form(
                applicant,
                List.of(
                        new ApplicationForm.Member(
                                applicant.name(),
                                applicant.idNumber(),
                                "SELF",
                                applicant.phone(),
                                2,
                                false,
                                "UNEMPLOYED"),
                        new ApplicationForm.Member(
                                parent.name(), parent.idNumber(), "PARENT", parent.phone(), null, false, "RETIRED"),
                        new ApplicationForm.Member(
                                child.name(), child.idNumber(), "CHILD", null, null, true, "STUDENT")),
                photo);

        HttpApi.Answer filed = IntakeFixtures.submit(worker, form);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        String token =
                IntakeFixtures.tokenOf(filed.json().get("pendingAuthorizations").get(0));
        HttpApi.Answer signed = api.post(
                "/api/v1/authorizations/" + token, IntakeFixtures.coSignature(parent, fixtures.codeFor(token, parent)));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);

        eventually("IN_REVIEW", () -> "IN_REVIEW"
                .equals(view(worker, id).get("status").asString()));
        JsonNode list = view(worker, id);
        assertThat(item(list, "DIBAO").get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(item(list, "DIBAO").get("reasons")).isNotEmpty();
        assertThat(item(list, "POWER_WAIVER").get("status").asString())
                .as("apply-free items follow the 低保 grant (policy facts, joint pushes), not the rules' proposal")
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject(
                        "SELECT parameters_used FROM application_assessment WHERE application_id = ?",
                        String.class,
                        id))
                .as("the decision records the parameter versions it used")
                .contains("\"DIBAO\":[")
                .containsPattern("\"DIBAO\":\\[[^]]*DIBAO_STANDARD_URBAN@500103@\\d{4}-\\d{2}-\\d{2}");

        assertThat(worker(IntakeFixtures.JIANGBEI)
                        .get("/api/v1/worker/visits")
                        .json()
                        .toString())
                .doesNotContain(id);
        assertThat(fixtures.logIn(fixtures.person("王五", 30))
                        .get("/api/v1/applications/" + id)
                        .status())
                .isEqualTo(404);
        List<JsonNode> visitsOfThisApplication = new ArrayList<>();
        worker.get("/api/v1/worker/visits").json().forEach(v -> {
            if (v.get("applicationId").asString().equals(id)) {
                visitsOfThisApplication.add(v);
            }
        });
        assertThat(visitsOfThisApplication)
                .as("one household, one visit: the worker's list has one visit for the application (issue 8)")
                .hasSize(1);
        JsonNode oneVisit = visitsOfThisApplication.get(0);
        assertThat(oneVisit.get("items").toString()).contains("\"DIBAO\"").contains("\"TEKUN\"");
        assertThat(oneVisit.get("itemCode").asString())
                .isEqualTo(oneVisit.get("items").get(0).asString());
        assertThat(oneVisit.get("taskIds").size())
                .isEqualTo(oneVisit.get("items").size());
        assertThat(oneVisit.get("taskId").asString())
                .isEqualTo(oneVisit.get("taskIds").get(0).asString());
        String strangersPhoto = IntakeFixtures.uploadPhoto(fixtures.logIn(fixtures.person("赵六", 40)));
        HttpApi.Answer foreignPhoto = visit(worker, visitOf(worker, id, "DIBAO"), strangersPhoto);
        assertThat(foreignPhoto.status()).isEqualTo(400);
        assertThat(foreignPhoto.json().get("errors").get(0).get("field").asString())
                .isEqualTo("photoFileIds[0]");
        // issue 7: a visit photo must be an image: the worker's own PDF is refused by its place too
        cq.assist.mobile.support.Multipart pdf = cq.assist.mobile.support.Multipart.file(
                "file", "visit.pdf", "application/pdf", cq.assist.mobile.support.FileBytes.pdf(2_000));
        HttpApi.Answer storedPdf = worker.send("POST", "/api/v1/files", pdf.body(), pdf.headers());
        assertThat(storedPdf.status()).as(storedPdf.toString()).isEqualTo(201);
        HttpApi.Answer pdfPhoto = visit(
                worker,
                visitOf(worker, id, "DIBAO"),
                storedPdf.json().get("fileId").asString());
        assertThat(pdfPhoto.status()).as(pdfPhoto.toString()).isEqualTo(400);
        assertThat(pdfPhoto.json().get("errors").get(0).get("field").asString()).isEqualTo("photoFileIds[0]");
        assertThat(visit(worker, visitOf(worker, id, "DIBAO"), photo).status()).isEqualTo(200);
        // review M11: the declared causes (health data) and the visit's GPS position are ciphertext at rest, in every
        // column of their rows, and open in their own rows only
        RawRows.assertNoneHolds(jdbc, "application", "id = ?", id, "ILLNESS", "DISABILITY");
        RawRows.assertNoneHolds(
                jdbc,
                "home_visit",
                "case_id IN (SELECT id FROM item_case WHERE application_id = ?)",
                id,
                "29.556",
                "106.553");
        assertThat(cipher.decrypt(
                        PiiField.APPLICATION_HARDSHIP_CAUSES,
                        id,
                        jdbc.queryForObject(
                                "SELECT hardship_causes_enc FROM application WHERE id = ?", byte[].class, id)))
                .isEqualTo("ILLNESS,DISABILITY");
        Map<String, Object> visited = jdbc.queryForMap(
                "SELECT v.case_id, v.location_enc FROM home_visit v JOIN item_case c ON c.id = v.case_id"
                        + " WHERE c.application_id = ? ORDER BY v.id LIMIT 1",
                id);
        assertThat(cipher.decrypt(
                        PiiField.VISIT_LOCATION, (String) visited.get("case_id"), (byte[]) visited.get("location_enc")))
                .isEqualTo("29.556,106.553");
        assertThat(worker.get("/api/v1/worker/visits").json().toString())
                .as("one household, one visit: the 低保 visit served 特困 too")
                .doesNotContain(id);

        JourneyStaff staff = new JourneyStaff(staffTasks, completing);
        TaskScope street = JourneyStaff.scope(Roles.STREET_REVIEWER, "CIVIL_AFFAIRS@500103001");
        TaskScope district = JourneyStaff.scope(Roles.DISTRICT_APPROVER, "CIVIL_AFFAIRS@" + DISTRICT);
        TaskScope jiangbei = JourneyStaff.scope(Roles.DISTRICT_APPROVER, "CIVIL_AFFAIRS@500105");
        staff.approve(street, only(staff.of(street, id), "STREET_REVIEW", "DIBAO"));
        assertThat(item(view(worker, id), "DIBAO").get("status").asString()).isEqualTo("PUBLIC_NOTICE");
        StaffScope yuzhong = new StaffScope(
                "mz", Set.of(Roles.DISTRICT_APPROVER), "CIVIL_AFFAIRS@500103", "CIVIL_AFFAIRS", DISTRICT);
        StaffScope jiangbeiStaff = new StaffScope(
                "mzjb", Set.of(Roles.DISTRICT_APPROVER), "CIVIL_AFFAIRS@500105", "CIVIL_AFFAIRS", "500105");
        assertThatThrownBy(() -> reading.read(id, jiangbeiStaff)).isInstanceOf(DomainException.class);
        assertThat(reading.read(id, yuzhong).applicantIdNumber()).contains("*").isNotEqualTo(applicant.idNumber());
        assertThat(objections.raise(id, "群众反映其有隐性收入", yuzhong)).hasSize(1);
        assertThat(item(view(worker, id), "DIBAO").get("status").asString()).isEqualTo("IN_REVIEW");
        assertThatThrownBy(() -> objections.raise(id, "再次异议", yuzhong)).isInstanceOf(DomainException.class);
        assertThat(visit(worker, visitOf(worker, id, "DIBAO"), photo).status()).isEqualTo(200);
        staff.approve(street, only(staff.of(street, id), "STREET_REVIEW", "DIBAO"));
        assertThat(item(view(worker, id), "DIBAO").get("status").asString()).isEqualTo("PUBLIC_NOTICE");

        String dibaoCase = item(view(worker, id), "DIBAO") == null ? null : caseOf(id, "DIBAO");
        Job notice = management
                .createTimerJobQuery()
                .processInstanceId(cases.find(dibaoCase).processInstanceId())
                .singleResult();
        management.moveTimerToExecutableJob(notice.getId());
        eventually("district decision", () -> !byStep(staff.of(district, id), "DISTRICT_DECISION")
                .isEmpty());
        assertThat(staff.of(jiangbei, id)).isEmpty();
        BigDecimal proposed = reading.read(id, yuzhong).items().stream()
                .filter(i -> i.code().equals("DIBAO"))
                .findFirst()
                .orElseThrow()
                .proposedAmount();
        assertThat(proposed)
                .as("the rules' amount is on the item before the decision")
                .isNotNull();
        completing.complete(
                only(staff.of(district, id), "DISTRICT_DECISION").taskId(),
                new cq.assist.workflow.task.TaskDecision(cq.assist.core.itemcase.Decision.APPROVE, null, proposed),
                district);
        JsonNode granted = item(view(worker, id), "DIBAO");
        assertThat(granted.get("status").asString()).isEqualTo("GRANTED");
        assertThat(granted.get("amount").asString()).isEqualTo(proposed.toPlainString());

        TaskScope housing = JourneyStaff.reviewer("HOUSING", DISTRICT);
        TaskScope education = JourneyStaff.reviewer("EDUCATION", DISTRICT);
        TaskScope medical = JourneyStaff.reviewer("MEDICAL_SECURITY", DISTRICT);
        assertThat(staff.of(housing, id)).extracting(TaskView::itemCode).containsExactly("HOUSING");
        assertThat(staff.of(education, id)).extracting(TaskView::itemCode).containsExactly("EDUCATION_AID");
        assertThat(staff.of(medical, id)).extracting(TaskView::itemCode).containsExactly("MEDICAL_AID");
        assertThat(staff.of(street, id)).extracting(TaskView::itemCode).containsExactly("TEKUN");
        assertThat(staff.of(JourneyStaff.reviewer("HOUSING", "500105"), id)).isEmpty();
        for (String code : List.of("MEDICAL_PREMIUM", "PENSION_PREMIUM", "POWER_WAIVER", "WATER_GAS_WAIVER")) {
            assertThat(item(view(worker, id), code).get("status").asString())
                    .as(code)
                    .isEqualTo("GRANTED");
        }

        String reason = "已获批低保，不重复享受特困供养";
        completing.complete(
                only(staff.of(street, id), "STREET_REVIEW", "TEKUN").taskId(),
                new cq.assist.workflow.task.TaskDecision(cq.assist.core.itemcase.Decision.REJECT, reason, null),
                street);
        JsonNode tekun = item(view(worker, id), "TEKUN");
        assertThat(tekun.get("status").asString()).isEqualTo("REJECTED");
        assertThat(tekun.get("reasons").get(0).asString()).isEqualTo(reason);

        List<TaskScope> offices = new ArrayList<>(List.of(district, housing, education, medical));
        offices.add(JourneyStaff.reviewer("HRSS", DISTRICT));
        offices.add(JourneyStaff.reviewer("JUSTICE", DISTRICT));
        for (TaskScope office : offices) {
            for (TaskView task : staff.of(office, id)) {
                staff.approve(office, task);
            }
        }

        eventually(
                "CLOSED", () -> "CLOSED".equals(view(worker, id).get("status").asString()));
        assertThat(outbox.messagesTo(applicant.phone()))
                .filteredOn(m -> m.text().contains("已办结"))
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM monitored_household WHERE application_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(stats.now().medianWorkingDaysToDecision()).isNotNull();
    }

    private static JsonNode view(HttpApi as, String id) {
        return as.get("/api/v1/applications/" + id).json();
    }

    private String caseOf(String applicationId, String code) {
        return jdbc.queryForObject(
                "SELECT id FROM item_case WHERE application_id = ? AND item_code = ? AND active_key IS NOT NULL",
                String.class,
                applicationId,
                code);
    }

    private static HttpApi.Answer visit(HttpApi worker, String taskId, String photo) {
        return worker.post(
                "/api/v1/worker/visits/" + taskId,
                Map.of(
                        "findings", "家中无住房，租住单间；户主二级肢体残疾，无劳动能力。",
                        "recommendation", "SUPPORT",
                        "photoFileIds", List.of(photo),
                        "latitude", "29.556",
                        "longitude", "106.553"));
    }

    private static String visitOf(HttpApi worker, String applicationId, String itemCode) {
        for (JsonNode v : worker.get("/api/v1/worker/visits").json()) {
            if (v.get("applicationId").asString().equals(applicationId)
                    && v.get("itemCode").asString().equals(itemCode)) {
                return v.get("taskId").asString();
            }
        }
        throw new AssertionError("no home visit for the application");
    }

    private static List<TaskView> byStep(List<TaskView> tasks, String step) {
        return tasks.stream().filter(t -> t.step().equals(step)).toList();
    }

    private static TaskView only(List<TaskView> tasks, String step, String itemCode) {
        return only(tasks.stream().filter(t -> t.itemCode().equals(itemCode)).toList(), step);
    }

    private static TaskView only(List<TaskView> tasks, String step) {
        List<TaskView> at = byStep(tasks, step);
        assertThat(at).hasSize(1);
        return at.get(0);
    }
}
