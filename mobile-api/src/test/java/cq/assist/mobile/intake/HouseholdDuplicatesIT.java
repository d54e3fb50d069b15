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
import cq.assist.web.test.HttpApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Issue 7: duplicate detection works on the household, not on the applicant. The same household filed
 * again with the wife as applicant is refused (409, type {@code household-already-covered}, naming the
 * application that covers it), also when both filings arrive at once; a household whose application
 * ended without a grant may file again, and so may a granted household once a review has ended its grant;
 * while its grant is in force or a review of it is open it is still covered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class HouseholdDuplicatesIT {

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
    cq.assist.core.itemcase.DecidingItemCases deciding;

    @Autowired
    cq.assist.core.itemcase.OpeningItemCases opening;

    IntakeFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
    }

    private static ApplicationForm household(Person applicant, Person other, HttpApi as) {
        return ApplicationForms.withMembers(applicant, IntakeFixtures.uploadPhoto(as), other.member("SPOUSE"));
    }

    @Test
    void theSameHouseholdWithTheWifeAsApplicantIsToldWhichApplicationCoversIt() {
        Person husband = fixtures.person("韩伟", 50);
        Person wife = fixtures.person("林丽", 48);
        HttpApi him = fixtures.logIn(husband);
        HttpApi her = fixtures.logIn(wife);
        HttpApi.Answer first = IntakeFixtures.submit(him, household(husband, wife, him));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        HttpApi.Answer second = IntakeFixtures.submit(her, household(wife, husband, her));

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("type").asString()).endsWith("/household-already-covered");
        String number = first.json().get("applicationNo").asString();
        assertThat(second.json().get("applicationNo").asString()).isEqualTo(number);
        assertThat(second.json().get("detail").asString()).contains(number);
        assertThat(her.get("/api/v1/applications").json()).isEmpty();
    }

    @Test
    void aSingleMemberAlreadyInAnotherApplicationIsEnough() {
        Person mother = fixtures.person("郭兰", 70);
        Person son = fixtures.person("郭强", 45);
        Person grandson = fixtures.person("郭小", 20);
        HttpApi sonApi = fixtures.logIn(son);
        assertThat(IntakeFixtures.submit(
                                sonApi,
                                ApplicationForms.withMembers(
                                        son, IntakeFixtures.uploadPhoto(sonApi), mother.member("PARENT")))
                        .status())
                .isEqualTo(201);
        HttpApi grandsonApi = fixtures.logIn(grandson);

        HttpApi.Answer second = IntakeFixtures.submit(
                grandsonApi,
                ApplicationForms.withMembers(
                        grandson, IntakeFixtures.uploadPhoto(grandsonApi), mother.member("GRANDPARENT")));

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
    }

    @Test
    void aStrangerWhoListsSomeoneInAnOpenApplicationLearnsNoNumberAndEveryRefusalCountsAndIsAudited() {
        Person mother = fixtures.person("乔兰", 70);
        Person son = fixtures.person("乔强", 45);
        Person stranger = fixtures.person("乔生", 33);
        HttpApi sonApi = fixtures.logIn(son);
        HttpApi.Answer first = IntakeFixtures.submit(
                sonApi, ApplicationForms.withMembers(son, IntakeFixtures.uploadPhoto(sonApi), mother.member("PARENT")));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        HttpApi strangerApi = fixtures.logIn(stranger);
        String photo = IntakeFixtures.uploadPhoto(strangerApi);
        ApplicationForm probe = ApplicationForms.withMembers(stranger, photo, mother.member("PARENT"));
        String account = jdbc.queryForObject(
                "SELECT CAST(id AS CHAR) FROM mobile_account WHERE phone_hash = ?",
                String.class,
                cipher.blindIndex(stranger.phone()));

        for (int attempt = 0; attempt < 5; attempt++) {
            HttpApi.Answer refused = IntakeFixtures.submit(strangerApi, probe, "probe-" + UUID.randomUUID());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("type").asString()).endsWith("/household-already-covered");
            assertThat(refused.json().has("applicationNo"))
                    .as("a filer who is no member of the covering application is not told its number")
                    .isFalse();
            assertThat(refused.toString())
                    .doesNotContain(first.json().get("applicationNo").asString());
        }
        HttpApi.Answer sixth = IntakeFixtures.submit(strangerApi, probe, "probe-" + UUID.randomUUID());

        assertThat(sixth.status())
                .as("refusals count as filings of the day, so probing who is assisted stops: " + sixth)
                .isEqualTo(429);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE actor_account_id = ? AND action_code ="
                                + " 'FILING_REFUSED_COVERED' AND subject_id = ? AND outcome = 'DENIED'",
                        Integer.class,
                        account,
                        first.json().get("id").asString()))
                .as("every refusal is audited with the application it ran into")
                .isEqualTo(5);
    }

    @Test
    void twoFilingsOfOneHouseholdAtOnceGiveOneApplication() throws Exception {
        for (int round = 0; round < 4; round++) {
            Person husband = fixtures.person("许刚", 52);
            Person wife = fixtures.person("许梅", 50);
            HttpApi him = fixtures.logIn(husband);
            HttpApi her = fixtures.logIn(wife);
            List<ApplicationForm> forms = List.of(household(husband, wife, him), household(wife, husband, her));
            List<HttpApi> callers = List.of(him, her);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<HttpApi.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return IntakeFixtures.submit(callers.get(n), forms.get(n));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpApi.Answer> answer : answers) {
                statuses.add(answer.get().status());
            }
            pool.shutdown();

            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(DISTINCT m.application_id) FROM household_member m WHERE m.id_number_hash IN (?, ?)",
                            Integer.class,
                            cipher.blindIndex(husband.idNumber()),
                            cipher.blindIndex(wife.idNumber())))
                    .isEqualTo(1);
        }
    }

    @Test
    void aHouseholdWhoseApplicationWasWithdrawnMayFileAgain() {
        Person husband = fixtures.person("曹军", 50);
        Person wife = fixtures.person("曹红", 48);
        HttpApi him = fixtures.logIn(husband);
        HttpApi her = fixtures.logIn(wife);
        String first = IntakeFixtures.submit(him, household(husband, wife, him))
                .json()
                .get("id")
                .asString();
        assertThat(him.post("/api/v1/applications/" + first + "/withdraw", Map.of("reason", "填错了，由妻子重新申请"))
                        .status())
                .isEqualTo(200);

        HttpApi.Answer again = IntakeFixtures.submit(
                her, household(wife, husband, her), UUID.randomUUID().toString());

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
    }

    /** Stages the decision of an application: CLOSED with a DIBAO case GRANTED (holding the key) and its grant. */
    private String grantDibao(String applicationId, String householdKey) {
        String caseId = UUID.randomUUID().toString();
        jdbc.update("UPDATE application SET status = 'CLOSED' WHERE id = ?", applicationId);
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, amount, decided_at, decided_by, household_key, active_key, create_by, create_time)"
                        + " VALUES (?, ?, 'DIBAO', 'APPLY', 'ASSESSMENT', 'CIVIL_AFFAIRS@500103', ?, 'GRANTED', 810.00,"
                        + " CURRENT_TIMESTAMP(3), 'mz.yuzhong', ?, ?, 'test', CURRENT_TIMESTAMP(3))",
                caseId,
                applicationId,
                IntakeFixtures.QIXINGGANG,
                householdKey,
                householdKey);
        jdbc.update(
                "INSERT INTO item_grant (case_id, application_id, item_code, amount, starts_on, granted_by, granted_at)"
                        + " VALUES (?, ?, 'DIBAO', 810.00, CURRENT_DATE, 'mz.yuzhong', CURRENT_TIMESTAMP(3))",
                caseId,
                applicationId);
        return caseId;
    }

    /** Stages a follow-up review (复审) of the grant, waiting for the district's decision. */
    private String openReview(String applicationId, String householdKey) {
        String caseId = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, current_step, household_key, create_by, create_time) VALUES (?, ?, 'DIBAO',"
                        + " 'APPLY', 'MONITORING', 'CIVIL_AFFAIRS@500103', ?, 'IN_REVIEW', 'DISTRICT_DECISION', ?,"
                        + " 'test', CURRENT_TIMESTAMP(3))",
                caseId,
                applicationId,
                IntakeFixtures.QIXINGGANG,
                householdKey);
        return caseId;
    }

    @Test
    void aGrantedHouseholdIsCoveredWhileItsGrantIsInForceAndMayFileAgainOnceAReviewEndedIt() {
        Person husband = fixtures.person("邓军", 55);
        Person wife = fixtures.person("邓红", 53);
        HttpApi him = fixtures.logIn(husband);
        HttpApi her = fixtures.logIn(wife);
        HttpApi.Answer first = IntakeFixtures.submit(him, household(husband, wife, him));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String firstId = first.json().get("id").asString();
        String householdKey = cipher.blindIndex(husband.idNumber());
        grantDibao(firstId, householdKey);

        HttpApi.Answer whileInForce = IntakeFixtures.submit(her, household(wife, husband, her));
        assertThat(whileInForce.status()).as(whileInForce.toString()).isEqualTo(409);
        assertThat(whileInForce.json().get("type").asString()).endsWith("/household-already-covered");

        String review = openReview(firstId, householdKey);
        jdbc.update("UPDATE item_grant SET ends_on = CURRENT_DATE WHERE application_id = ?", firstId);
        HttpApi.Answer whileReviewOpen = IntakeFixtures.submit(her, household(wife, husband, her));
        assertThat(whileReviewOpen.status())
                .as("a grant ended while its review is still open: " + whileReviewOpen)
                .isEqualTo(409);
        jdbc.update("UPDATE item_grant SET ends_on = NULL WHERE application_id = ?", firstId);

        deciding.decide(
                review,
                cq.assist.core.itemcase.Step.DISTRICT_DECISION,
                cq.assist.core.itemcase.Decision.REJECT,
                "复审：家庭收入已超过低保标准",
                null,
                new cq.assist.core.itemcase.Staff(
                        "mz.yuzhong", java.util.Set.of(cq.assist.core.login.Roles.DISTRICT_APPROVER)));

        HttpApi.Answer again = IntakeFixtures.submit(him, household(husband, wife, him));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        String againId = again.json().get("id").asString();
        assertThat(opening.open(new cq.assist.core.itemcase.NewCase(
                        againId,
                        householdKey,
                        IntakeFixtures.QIXINGGANG,
                        "DIBAO",
                        cq.assist.core.itemcase.CaseOrigin.ASSESSMENT,
                        cq.assist.core.itemcase.ItemCaseStatus.PENDING,
                        true,
                        List.of())))
                .as("the ended grant no longer holds the household's DIBAO key")
                .isPresent();
        HttpApi.Answer third = IntakeFixtures.submit(her, household(wife, husband, her));
        assertThat(third.status())
                .as("the new filing covers the household: " + third)
                .isEqualTo(409);
        assertThat(third.json().get("applicationNo").asString())
                .isEqualTo(again.json().get("applicationNo").asString());
    }

    @Test
    void anApplicationClosedWithNothingGrantedReleasesTheHousehold() {
        Person husband = fixtures.person("蒋军", 50);
        Person wife = fixtures.person("蒋红", 48);
        HttpApi him = fixtures.logIn(husband);
        HttpApi her = fixtures.logIn(wife);
        String first = IntakeFixtures.submit(him, household(husband, wife, him))
                .json()
                .get("id")
                .asString();
        jdbc.update("UPDATE application SET status = 'CLOSED' WHERE id = ?", first);
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, household_key, create_by, create_time) VALUES (UUID(), ?, 'DIBAO', 'APPLY',"
                        + " 'ASSESSMENT', 'CIVIL_AFFAIRS@500103', ?, 'REJECTED', 'k', 'test', CURRENT_TIMESTAMP(3))",
                first,
                IntakeFixtures.QIXINGGANG);

        HttpApi.Answer again = IntakeFixtures.submit(her, household(wife, husband, her));

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
    }
}
