package cq.assist.mobile.charity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.charityrequest.CharityDecision;
import cq.assist.core.charityrequest.CharityDesk;
import cq.assist.core.charityrequest.DecidingCharityRequests;
import cq.assist.core.charityrequest.HouseholdCharityHelp;
import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.RawRows;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 慈善+救助 end to end on MariaDB with Flowable running: a resident with heavy medical bills files for
 * itself, sees its matched projects with their remaining funds and the consent each needs, asks the
 * 大足应急救助基金会 serious-illness project with a separate consent, the charity sees exactly the consented
 * fields and accepts (fund debited, resident told in-app and by SMS), the help shows in the household's
 * record; a withdrawn consent hides the data at once. Strangers and other charities see nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CharityRequestIT {

    static final String DAZU = "DAZU_EMERGENCY_FUND";
    static final String ILLNESS_PROJECT = "DAZU-ILLNESS-2025";
    static final String NEIGHBOUR_PROJECT = "YUZHONG-NEIGHBOUR-TEMP";

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
    CharityDesk desk;

    @Autowired
    DecidingCharityRequests deciding;

    @Autowired
    HouseholdCharityHelp household;

    @Test
    void residentAsksAMatchedProjectWithConsentAndIsToldOfTheAcceptance() throws Exception {
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
        String id = file(resident, applicant);
        eventually("charity matches", () -> !resident.get("/api/v1/applications/" + id)
                .json()
                .get("charityMatches")
                .isEmpty());

        JsonNode offers =
                resident.get("/api/v1/charity-projects?applicationId=" + id).json();
        JsonNode illness = project(offers, ILLNESS_PROJECT);
        BigDecimal before = remaining(ILLNESS_PROJECT);
        assertThat(new BigDecimal(illness.get("remainingFund").asString())).isEqualByComparingTo(before);
        assertThat(illness.get("organisation").asString()).isEqualTo("大足应急救助基金会");
        assertThat(illness.get("reasons")).isNotEmpty();
        assertThat(illness.get("consent").get("organisation").asString()).isEqualTo("大足应急救助基金会");
        assertThat(illness.get("consent").get("purpose").asString()).contains("大病救助项目");
        assertThat(codes(illness.get("consent").get("fields")))
                .containsExactly(
                        "NAME",
                        "PHONE",
                        "COMMUNITY",
                        "HARDSHIP_CAUSES",
                        "HOUSEHOLD_SIZE",
                        "MEDICAL_EXPENSES",
                        "ASSISTANCE_RECEIVED");

        HttpApi stranger = fixtures.logIn(fixtures.person("王五", 30));
        assertThat(stranger.get("/api/v1/charity-projects?applicationId=" + id).status())
                .isEqualTo(404);
        assertThat(stranger.post("/api/v1/charity-requests", body(id, ILLNESS_PROJECT, true))
                        .status())
                .isEqualTo(404);

        HttpApi.Answer noConsent = resident.post("/api/v1/charity-requests", body(id, ILLNESS_PROJECT, false));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().get("errors").get(0).get("field").asString())
                .isEqualTo("consentToShare");
        HttpApi.Answer notMatched = resident.post("/api/v1/charity-requests", body(id, "JIANGBEI-STUDENT-AID", true));
        assertThat(notMatched.status()).as(notMatched.toString()).isEqualTo(422);
        assertThat(notMatched.json().get("errors").get(0).get("field").asString())
                .isEqualTo("projectId");

        Map<String, Object> staleTerms = new java.util.HashMap<>(body(id, ILLNESS_PROJECT, true));
        staleTerms.put("consentTextSha256", "0".repeat(64));
        HttpApi.Answer changed = resident.post("/api/v1/charity-requests", staleTerms);
        assertThat(changed.status())
                .as("terms other than those shown are not agreed")
                .isEqualTo(409);
        assertThat(changed.json().get("errors").get(0).get("field").asString()).isEqualTo("consentTextSha256");
        Map<String, Object> shownTerms = new java.util.HashMap<>(body(id, ILLNESS_PROJECT, true));
        shownTerms.put(
                "consentTextSha256", illness.get("consent").get("textSha256").asString());
        HttpApi.Answer created = resident.post("/api/v1/charity-requests", shownTerms);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String requestId = created.json().get("id").asString();
        assertThat(created.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(created.json().get("projectId").asString()).isEqualTo(ILLNESS_PROJECT);
        assertThat(created.json().get("consent").get("text").asString())
                .contains("大足应急救助基金会")
                .contains("近12个月自付医疗费用");
        assertThat(resident.post("/api/v1/charity-requests", body(id, ILLNESS_PROJECT, true))
                        .status())
                .isEqualTo(409);
        assertThat(stranger.get("/api/v1/charity-requests/" + requestId).status())
                .isEqualTo(404);
        assertThat(ids(resident.get("/api/v1/charity-requests").json())).containsExactly(requestId);
        assertThat(ids(stranger.get("/api/v1/charity-requests").json())).isEmpty();

        // the causes are health data: ciphertext at rest (review M11), yet shown to the charity the resident consented
        // to
        RawRows.assertNoneHolds(jdbc, "application", "id = ?", id, "ILLNESS", "DISABILITY");
        CharityDesk.Need need = need(DAZU, requestId);
        assertThat(need.data())
                .containsEntry("name", applicant.name())
                .containsEntry("phone", applicant.phone())
                .containsEntry("householdSize", 1)
                .containsEntry("medicalExpenses", "86000.00")
                .containsEntry("hardshipCauses", List.of(HardshipCause.ILLNESS.zh(), HardshipCause.DISABILITY.zh()))
                .containsOnlyKeys(
                        "name",
                        "phone",
                        "community",
                        "hardshipCauses",
                        "householdSize",
                        "medicalExpenses",
                        "assistanceReceived");
        assertThat(desk.needs("CQ_CHARITY_FED", "it-other", null))
                .extracting(CharityDesk.Need::requestId)
                .doesNotContain(requestId);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = ? AND subject_id = ?",
                        Integer.class,
                        CharityDesk.AUDIT_ACTION,
                        requestId))
                .isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> deciding.decide(
                        "CQ_CHARITY_FED",
                        "it-other",
                        requestId,
                        new CharityDecision(true, new BigDecimal("100"), null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));

        deciding.decide(DAZU, "it-charity", requestId, new CharityDecision(true, new BigDecimal("2000"), "核实属实"));
        JsonNode followed =
                resident.get("/api/v1/charity-requests/" + requestId).json();
        assertThat(followed.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(followed.get("amount").asString()).isEqualTo("2000.00");
        assertThat(followed.get("decidedAt")).isNotNull();
        assertThat(remaining(ILLNESS_PROJECT)).isEqualByComparingTo(before.subtract(new BigDecimal("2000")));
        assertThat(titles(resident.get("/api/v1/notifications").json())).contains("慈善求助已获同意");
        assertThat(outbox.messagesTo(applicant.phone()))
                .filteredOn(m -> m.text().contains("慈善求助") && m.text().contains("2000.00"))
                .hasSize(1);
        assertThatThrownBy(
                        () -> deciding.decide(DAZU, "it-charity", requestId, new CharityDecision(false, null, "重复决定")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        HouseholdCharityHelp.Record record = household.forApplication(id);
        assertThat(record.total()).isEqualByComparingTo("2000");
        assertThat(record.help())
                .extracting(HouseholdCharityHelp.Help::projectId)
                .containsExactly(ILLNESS_PROJECT);

        HttpApi.Answer second = resident.post("/api/v1/charity-requests", body(id, NEIGHBOUR_PROJECT, true));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String secondId = second.json().get("id").asString();
        assertThat(need("YUZHONG_NEIGHBOUR_AID", secondId).data()).isNotEmpty();
        HttpApi.Answer withdrawn =
                resident.post("/api/v1/charity-requests/" + secondId + "/consent/withdraw", Map.of());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().get("consent").get("withdrawnAt")).isNotNull();
        CharityDesk.Need hidden = need("YUZHONG_NEIGHBOUR_AID", secondId);
        assertThat(hidden.data()).isEmpty();
        assertThat(hidden.sharedFields()).isEmpty();
        assertThatThrownBy(() -> deciding.decide(
                        "YUZHONG_NEIGHBOUR_AID",
                        "it-n",
                        secondId,
                        new CharityDecision(true, new BigDecimal("100"), null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        assertThat(resident.post("/api/v1/charity-requests/" + secondId + "/consent/withdraw", Map.of())
                        .status())
                .isEqualTo(409);

        assertThat(resident.post("/api/v1/charity-requests/" + requestId + "/consent/withdraw", Map.of())
                        .json()
                        .get("status")
                        .asString())
                .as("an accepted request stays accepted; only the data is hidden")
                .isEqualTo("ACCEPTED");
        assertThat(need(DAZU, requestId).data()).isEmpty();
    }

    private String file(HttpApi resident, Person applicant) {
        String photo = IntakeFixtures.uploadPhoto(resident);
        HttpApi.Answer filed = IntakeFixtures.submit(resident, ApplicationForms.single(applicant, photo));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private CharityDesk.Need need(String org, String requestId) {
        return desk.needs(org, "it-charity", "127.0.0.1").stream()
                .filter(n -> n.requestId().equals(requestId))
                .findFirst()
                .orElseThrow();
    }

    private BigDecimal remaining(String projectId) {
        return jdbc.queryForObject(
                "SELECT fund_remaining FROM charity_project WHERE id = ?", BigDecimal.class, projectId);
    }

    static Map<String, Object> body(String applicationId, String projectId, boolean consent) {
        return Map.of("applicationId", applicationId, "projectId", projectId, "consentToShare", consent);
    }

    static JsonNode project(JsonNode offers, String projectId) {
        for (JsonNode o : offers) {
            if (o.get("projectId").asString().equals(projectId)) {
                return o;
            }
        }
        throw new AssertionError("project " + projectId + " not offered: " + offers);
    }

    static List<String> codes(JsonNode fields) {
        return fields.valueStream().map(f -> f.get("code").asString()).toList();
    }

    static List<String> ids(JsonNode list) {
        return list.valueStream().map(f -> f.get("id").asString()).toList();
    }

    static List<String> titles(JsonNode list) {
        return list.valueStream().map(f -> f.get("title").asString()).toList();
    }

    static void eventually(String what, BooleanSupplier probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!probe.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(250);
        }
    }
}
