package cq.assist.mobile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Submitting applications on MariaDB: the view, idempotency under a race, scope and proxy filing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class ApplicationIntakeIT {

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
    TokenService tokens;

    IntakeFixtures fixtures;
    Person applicant;
    HttpApi resident;
    String photo;

    @BeforeEach
    void setUp() {
        fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        applicant = fixtures.person("李军", 45);
        resident = fixtures.logIn(applicant);
        photo = IntakeFixtures.uploadPhoto(resident);
    }

    private int applicationRowsOf(Person person) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM application WHERE applicant_id_number_hash = ?",
                Integer.class,
                cipher.blindIndex(person.idNumber()));
    }

    @Test
    void submittingAFamilyAnswers201AwaitingOneAuthorizationPerOtherAdult() {
        Person spouse = fixtures.person("王芳", 44);
        Person son = fixtures.person("李大伟", 20);
        Person daughter = fixtures.person("李小红", 9);
        ApplicationForm form = ApplicationForms.withMembers(
                applicant, photo, spouse.member("SPOUSE"), son.member("CHILD"), daughter.member("CHILD"));

        HttpApi.Answer answer = IntakeFixtures.submit(resident, form);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode view = answer.json();
        assertThat(view.get("status").asString()).isEqualTo("AWAITING_AUTHORIZATION");
        assertThat(view.get("filedBy").asString()).isEqualTo("SELF");
        assertThat(view.get("applicationNo").asString()).matches("YJ\\d{14}");
        assertThat(view.get("submittedAt").asString()).endsWith("+08:00");
        assertThat(view.get("items").isArray()).isTrue();
        assertThat(view.get("charityMatches").isArray()).isTrue();
        JsonNode pending = view.get("pendingAuthorizations");
        assertThat(pending).hasSize(2);
        assertThat(pending.get(0).get("memberName").asString()).isEqualTo("王*");
        assertThat(pending.get(1).get("memberName").asString()).isEqualTo("李**");
        assertThat(pending.get(0).get("authorizeUrl").asString()).startsWith("https://h5.assist.test/sign#token=");
        assertThat(pending.get(0).get("qrPngUrl").asString()).contains("/api/v1/authorizations/");
        assertThat(view.get("timeline").get(0).get("event").asString()).isEqualTo("提交申请");
        assertThat(answer.text()).doesNotContain(applicant.idNumber()).doesNotContain(applicant.phone());
        String id = view.get("id").asString();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM authorization_record WHERE application_id = ?", Integer.class, id))
                .as("applicant's own record plus a guardian record for the minor")
                .isEqualTo(2);
        assertThat(resident.get("/api/v1/applications/" + id).json().get("id").asString())
                .isEqualTo(id);
    }

    @Test
    void anApplicantWithNobodyElseToSignGoesStraightToChecking() {
        HttpApi.Answer answer = IntakeFixtures.submit(resident, ApplicationForms.single(applicant, photo));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("status").asString()).isEqualTo("CHECKING");
        assertThat(answer.json().get("pendingAuthorizations")).isEmpty();
    }

    @Test
    void theSameKeyAndBodyGiveTheSameApplicationAnotherBody422AndNoKey400() {
        ApplicationForm form = ApplicationForms.single(applicant, photo);
        String key = UUID.randomUUID().toString();

        HttpApi.Answer first = IntakeFixtures.submit(resident, form, key);
        HttpApi.Answer again = IntakeFixtures.submit(resident, form, key);
        HttpApi.Answer other = IntakeFixtures.submit(
                resident,
                new ApplicationForm(
                        form.applicant(),
                        form.household(),
                        form.hardshipCauses(),
                        "另一份说明",
                        form.idCardPhotoFileId(),
                        form.authorization()),
                key);
        HttpApi.Answer noKey = IntakeFixtures.submit(resident, form, null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(noKey.status()).as(noKey.toString()).isEqualTo(400);
        assertThat(applicationRowsOf(applicant)).isEqualTo(1);
    }

    @Test
    void twentyConcurrentIdenticalRequestsCreateExactlyOneApplication() throws Exception {
        ApplicationForm form = ApplicationForms.single(applicant, photo);
        String key = UUID.randomUUID().toString();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpApi.Answer>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return IntakeFixtures.submit(resident, form, key);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<HttpApi.Answer> answer : answers) {
                HttpApi.Answer a = answer.get();
                statuses.add(a.status());
                ids.add(a.json().get("id").asString());
            }
            assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(applicationRowsOf(applicant)).isEqualTo(1);
    }

    @Test
    void invalidFieldsAreReportedTogetherAsA400Problem() {
        ApplicationForm form = ApplicationForms.single(applicant, "not-my-file");
        ApplicationForm bad = new ApplicationForm(
                new ApplicationForm.Applicant(applicant.name(), "500103199001010000", "123"),
                form.household(),
                form.hardshipCauses(),
                form.narrative(),
                form.idCardPhotoFileId(),
                form.authorization());

        HttpApi.Answer answer = IntakeFixtures.submit(resident, bad);

        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("applicant.idNumber", "applicant.phone", "idCardPhotoFileId");
    }

    @Test
    void aResidentCannotReadSomeoneElsesApplication() {
        String id = IntakeFixtures.submit(resident, ApplicationForms.single(applicant, photo))
                .json()
                .get("id")
                .asString();
        HttpApi stranger = fixtures.logIn(fixtures.person("张三", 30));

        assertThat(stranger.get("/api/v1/applications/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/applications").json()).isEmpty();
        assertThat(resident.get("/api/v1/applications").json().get(0).get("id").asString())
                .isEqualTo(id);
    }

    @Test
    void aWorkerFilesByProxyOnlyInsideItsCommunity() {
        HttpApi worker = fixtures.worker(IntakeFixtures.QIXINGGANG).api();
        String workerPhoto = IntakeFixtures.uploadPhoto(worker);
        ApplicationForm inside = ApplicationForms.single(applicant, workerPhoto);
        var h = inside.household();
        ApplicationForm outside = new ApplicationForm(
                inside.applicant(),
                new ApplicationForm.Household(IntakeFixtures.JIANGBEI, h.address(), h.members(), h.housing()),
                inside.hardshipCauses(),
                inside.narrative(),
                inside.idCardPhotoFileId(),
                inside.authorization());

        HttpApi.Answer refused = IntakeFixtures.submit(worker, outside);
        HttpApi.Answer filed = IntakeFixtures.submit(worker, inside);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("filedBy").asString()).isEqualTo("PROXY");
        String id = filed.json().get("id").asString();
        assertThat(jdbc.queryForObject("SELECT filer_worker_community FROM application WHERE id = ?", String.class, id))
                .isEqualTo(IntakeFixtures.QIXINGGANG);
        assertThat(worker.get("/api/v1/applications").json().get(0).get("id").asString())
                .isEqualTo(id);
        assertThat(resident.get("/api/v1/applications/" + id).status())
                .as("the applicant (same phone) sees the application filed for them")
                .isEqualTo(200);
    }
}
