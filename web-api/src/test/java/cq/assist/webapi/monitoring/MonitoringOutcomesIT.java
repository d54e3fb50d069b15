package cq.assist.webapi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.check.TestIdNumbers;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.MonitoredHouseholdFixtures;
import cq.assist.web.test.MonitoredHouseholdFixtures.Household;
import cq.assist.webapi.task.StaffTokens;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * What monitoring does beyond alerting (issue 9), through the HTTP API on MariaDB: staging a person in the
 * registry (the data feed's change event) re-assesses exactly the monitored households that list the person
 * (DATA_CHANGED alert naming the facts, a DATA_CHANGE run); a lost condition becomes a review case whose task is
 * in the department's inbox ({@code GET /tasks}); a changed amount becomes a review that names and proposes the
 * new amount; a newly met apply-free item of a household holding 低保 is granted on the spot, while a household
 * that merely became eligible keeps an open alert for its worker. Runs hold a cluster-wide lease: a run waits
 * while another node holds it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class MonitoringOutcomesIT {

    private static final String COMMUNITY = "500103001007";
    private static final List<String> APPLY_FREE =
            List.of("MEDICAL_PREMIUM", "PENSION_PREMIUM", "POWER_WAIVER", "WATER_GAS_WAIVER", "CABLE_TV_WAIVER");

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SnapshotCodec codec;

    @Autowired
    PiiCipher cipher;

    @Autowired
    BusinessClock clock;

    HttpApi admin;
    StaffTokens tokens;
    MonitoredHouseholdFixtures fixtures;

    @BeforeEach
    void setUp() {
        tokens = new StaffTokens(tokenService);
        admin = new HttpApi(port).as(tokens.admin());
        fixtures = new MonitoredHouseholdFixtures(jdbc, codec);
    }

    @Test
    void aLostConditionBecomesAReviewInTheDepartmentsInboxAfterTheRegistryChanges() throws Exception {
        Person losing = person(new BigDecimal("300"));
        fixtures.granted(losing.household(), "DIBAO", new BigDecimal("510.00"));
        fixtures.granted(losing.household(), "HOUSING", null);
        Person stranger = person(new BigDecimal("300"));

        JsonNode run = finished(stage(losing, "5000"));

        assertThat(run.get("trigger").asString()).isEqualTo("DATA_CHANGE");
        assertThat(run.get("households").asLong())
                .as("only the person's household")
                .isEqualTo(1);
        JsonNode dataChanged = alert(losing, "DATA_CHANGED");
        assertThat(dataChanged.get("runId").asString()).isEqualTo(run.get("id").asString());
        assertThat(dataChanged.get("reasons").get(0).asString())
                .contains("工资收入")
                .doesNotContain("5000");
        JsonNode lost = alert(losing, "NO_LONGER_ELIGIBLE");
        assertThat(lost.get("status").asString()).isEqualTo("FOLLOW_UP");
        assertThat(codes(lost.get("items"))).contains("DIBAO", "HOUSING");
        assertThat(lost.get("followUpCaseIds")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT current_step FROM item_case WHERE application_id = ? AND item_code = 'DIBAO'"
                                + " AND origin = 'MONITORING'",
                        String.class,
                        losing.household().applicationId()))
                .as("the 低保 review starts with a home visit")
                .isEqualTo("HOME_VISIT");

        HttpApi housing = new HttpApi(port).as(tokens.staff("DEPARTMENT_REVIEWER", "HOUSING@500103"));
        JsonNode review = taskOf(housing, losing.household().applicationId());
        assertThat(review)
                .as("the housing review in the housing office's inbox")
                .isNotNull();
        assertThat(review.get("itemCode").asString()).isEqualTo("HOUSING");
        assertThat(review.get("step").asString()).isEqualTo("DEPARTMENT_REVIEW");
        assertThat(alerts(stranger))
                .as("a household that does not list the person")
                .isEmpty();
        assertThat(new HttpApi(port)
                        .as(tokens.staff("DEPARTMENT_REVIEWER", "HOUSING@500105"))
                        .get("/api/v1/tasks?size=100&q=IT"
                                + losing.household().applicationId().substring(0, 8))
                        .json()
                        .toString())
                .doesNotContain(losing.household().applicationId());
    }

    @Test
    void aNewlyMetApplyFreeItemIsGrantedOnTheSpotAndAChangedAmountBecomesAReview() throws Exception {
        Person holder = person(new BigDecimal("5000"));
        fixtures.granted(holder.household(), "DIBAO", new BigDecimal("600.00"));
        Person newcomer = person(new BigDecimal("5000"));

        finished(stage(holder, "0"));
        finished(stage(newcomer, "0"));

        List<String> granted = jdbc.queryForList(
                "SELECT item_code FROM item_case WHERE application_id = ? AND origin = 'MONITORING'"
                        + " AND status = 'GRANTED' AND active_key IS NOT NULL",
                String.class,
                holder.household().applicationId());
        assertThat(granted).containsExactlyInAnyOrderElementsOf(APPLY_FREE);
        JsonNode newly = alert(holder, "NEWLY_ELIGIBLE");
        assertThat(newly.get("status").asString())
                .as("items to apply for (e.g. housing) stay with the worker")
                .isEqualTo("OPEN");
        assertThat(newly.get("followUpCaseIds")).hasSize(APPLY_FREE.size());
        JsonNode amount = alert(holder, "AMOUNT_CHANGED");
        assertThat(amount.get("status").asString()).isEqualTo("FOLLOW_UP");
        JsonNode dibao = amount.get("items").get(0);
        assertThat(dibao.get("oldAmount").asString()).isEqualTo("600.00");
        String newAmount = dibao.get("newAmount").asString();
        assertThat(new BigDecimal(newAmount)).isGreaterThan(new BigDecimal("600.00"));
        Map<String, Object> reviewCase = jdbc.queryForMap(
                "SELECT proposed_amount, reasons, current_step FROM item_case WHERE id = ?",
                amount.get("followUpCaseIds").get(0).asString());
        assertThat(new BigDecimal(reviewCase.get("proposed_amount").toString())).isEqualByComparingTo(newAmount);
        assertThat(reviewCase.get("reasons").toString()).contains("600.00").contains(newAmount);

        JsonNode merelyEligible = alert(newcomer, "NEWLY_ELIGIBLE");
        assertThat(merelyEligible.get("status").asString()).isEqualTo("OPEN");
        assertThat(codes(merelyEligible.get("items"))).contains("DIBAO");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case WHERE application_id = ?",
                        Integer.class,
                        newcomer.household().applicationId()))
                .as("nothing is granted to a household that holds no 低保 yet")
                .isZero();

        int before = alerts(newcomer).size();
        assertThat(stagePut(newcomer, "0").status()).isEqualTo(200);
        assertThat(alerts(newcomer)).as("the same data again changes nothing").hasSize(before);
    }

    @Test
    void aRunWaitsWhileAnotherNodeHoldsTheScreeningLease() throws Exception {
        Person person = person(new BigDecimal("300"));
        jdbc.update(
                "UPDATE monitoring_lease SET holder = 'other-node/run', expires_at = ? WHERE name = 'SCREENING'",
                Timestamp.from(Instant.now().plusSeconds(30)));
        String runId;
        try {
            runId = stage(person, "100");
            Thread.sleep(1500);
            assertThat(admin.get("/api/v1/monitoring/runs/" + runId)
                            .json()
                            .get("status")
                            .asString())
                    .as("the run waits for the lease")
                    .isEqualTo("RUNNING");
            assertThat(alerts(person)).extracting(a -> a.get("kind").asString()).containsOnly("DATA_CHANGED");
        } finally {
            jdbc.update("UPDATE monitoring_lease SET holder = NULL, expires_at = NULL WHERE name = 'SCREENING'"
                    + " AND holder = 'other-node/run'");
        }
        assertThat(finished(runId).get("status").asString()).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("SELECT holder FROM monitoring_lease WHERE name = 'SCREENING'", String.class))
                .as("given back")
                .isNull();
    }

    /** A monitored one-person household of {@link #COMMUNITY} whose member is filed with a known ID number. */
    private Person person(BigDecimal wage) {
        Household household = fixtures.monitored(COMMUNITY, wage, clock.now().minus(Duration.ofDays(30)));
        String idNumber = TestIdNumbers.bornOn(LocalDate.of(
                1960 + ThreadLocalRandom.current().nextInt(30),
                1 + ThreadLocalRandom.current().nextInt(12),
                9));
        fixtures.application(household, "测试人", idNumber, cipher);
        jdbc.update(
                "INSERT INTO household_member (application_id, seq, name, id_number_enc, id_number_hash, relation,"
                        + " birth_date, requires_authorization) VALUES (?, 1, '测试人', ?, ?, 'SELF', ?, FALSE)",
                household.applicationId(),
                cipher.encrypt(
                        cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                        cq.assist.core.pii.PiiField.rowKey(household.applicationId(), 1),
                        idNumber),
                cipher.blindIndex(idNumber),
                LocalDate.of(1980, 5, 1));
        return new Person(household, idNumber);
    }

    private String stage(Person person, String wage) throws InterruptedException {
        HttpApi.Answer staged = stagePut(person, wage);
        assertThat(staged.status()).as(staged.toString()).isIn(200, 201);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            for (JsonNode a : alerts(person)) {
                if (a.get("kind").asString().equals("DATA_CHANGED")) {
                    return a.get("runId").asString();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no DATA_CHANGED alert after staging");
    }

    private HttpApi.Answer stagePut(Person person, String wage) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", "测试人");
        body.put("monthlyWage", wage);
        for (String zero : List.of(
                "monthlyPension",
                "monthlyOtherIncome",
                "deposits",
                "securities",
                "homeAreaSqm",
                "medicalExpenses12m")) {
            body.put(zero, "0");
        }
        for (String none : List.of("homes", "vehicles", "businesses")) {
            body.put(none, 0);
        }
        body.put("onPublicPayroll", false);
        body.put("deceased", false);
        return admin.put("/api/v1/dev/registry/persons/" + person.idNumber(), body);
    }

    private JsonNode finished(String runId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode run = admin.get("/api/v1/monitoring/runs/" + runId).json();
        while ("RUNNING".equals(run.get("status").asString()) && System.nanoTime() < until) {
            Thread.sleep(100);
            run = admin.get("/api/v1/monitoring/runs/" + runId).json();
        }
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
        return run;
    }

    private List<JsonNode> alerts(Person person) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : admin.get("/api/v1/monitoring/alerts?size=100&regionCode=" + COMMUNITY)
                .json()) {
            if (a.get("householdId").asString().equals(person.household().key())) {
                found.add(a);
            }
        }
        return found;
    }

    private JsonNode alert(Person person, String kind) {
        return alerts(person).stream()
                .filter(a -> a.get("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " alert in " + alerts(person)));
    }

    private static JsonNode taskOf(HttpApi as, String applicationId) {
        String applicationNo = "IT" + applicationId.substring(0, 8);
        for (JsonNode t : as.get("/api/v1/tasks?size=100&q=" + applicationNo).json()) {
            if (applicationId.equals(t.get("applicationId").asString())) {
                return t;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("itemCode").asString()));
        return codes;
    }

    private record Person(Household household, String idNumber) {}
}
