package cq.assist.webapi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.MonitoredHouseholdFixtures;
import cq.assist.web.test.MonitoredHouseholdFixtures.Household;
import cq.assist.webapi.task.StaffTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Dynamic monitoring end to end: a new 低保 standard for a community re-screens its monitored households (run
 * record, alerts by kind with old and new amounts, region scope), a changed amount becomes a review in the
 * department's process at once (proposing the new amount), staff turn a newly-eligible alert into an application
 * case, and a later lower standard turns a held grant into NO_LONGER_ELIGIBLE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringIT {

    private static final String STREET = "500103001";
    private static final String COMMUNITY = "500103001002";

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SnapshotCodec codec;

    @Autowired
    ItemCases cases;

    @Autowired
    BusinessClock clock;

    @Autowired
    cq.assist.core.pii.PiiCipher cipher;

    @Autowired
    org.flowable.engine.ManagementService management;

    @Autowired
    org.flowable.engine.RepositoryService repository;

    HttpApi admin;
    HttpApi district;
    StaffTokens tokens;
    MonitoredHouseholdFixtures fixtures;

    @BeforeEach
    void setUp() {
        tokens = new StaffTokens(tokenService);
        admin = new HttpApi(port).as(tokens.admin());
        district = new HttpApi(port).as(tokens.districtApprover("500103"));
        fixtures = new MonitoredHouseholdFixtures(jdbc, codec);
    }

    @Test
    void aRaisedStandardAlertsTheHouseholdsItChangesAndALowerOneFlagsTheHeldGrant() throws Exception {
        java.time.Instant since = clock.now().minus(Duration.ofDays(40));
        Household nearLine = fixtures.monitored(COMMUNITY, new BigDecimal("850"), since);
        Household receiving = fixtures.monitored(COMMUNITY, new BigDecimal("300"), since);
        Household wellOff = fixtures.monitored(COMMUNITY, new BigDecimal("5000"), since);
        fixtures.granted(receiving, "DIBAO", new BigDecimal("510.00"));
        LocalDate raise =
                clock.today().plusDays(100 + ThreadLocalRandom.current().nextInt(2000));

        JsonNode run = finished(publish("DIBAO_STANDARD_URBAN", "1000", raise));
        assertThat(run.get("trigger").asString()).isEqualTo("PARAMETER");
        assertThat(run.get("regionCode").asString()).isEqualTo(COMMUNITY);
        assertThat(run.get("screenDate").asString()).isEqualTo(raise.toString());
        assertThat(run.get("households").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(run.get("changed").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(run.get("alerts").asLong()).isGreaterThanOrEqualTo(2);

        Map<String, JsonNode> byHousehold = alertsOfRun(district, run.get("id").asString());
        JsonNode newly = byHousehold.get(nearLine.key());
        assertThat(newly.get("kind").asString()).isEqualTo("NEWLY_ELIGIBLE");
        assertThat(newly.get("status").asString()).isEqualTo("OPEN");
        assertThat(itemOf(newly, "DIBAO").get("newAmount").asString()).isEqualTo("150.00");
        JsonNode amount = byHousehold.get(receiving.key());
        assertThat(amount.get("kind").asString()).isEqualTo("AMOUNT_CHANGED");
        assertThat(itemOf(amount, "DIBAO").get("oldAmount").asString()).isEqualTo("510.00");
        assertThat(itemOf(amount, "DIBAO").get("newAmount").asString()).isEqualTo("700.00");
        assertThat(amount.get("reasons").get(0).asString()).contains("510.00").contains("700.00");
        assertThat(byHousehold).doesNotContainKey(wellOff.key());

        HttpApi jiangbei = new HttpApi(port).as(tokens.districtApprover("500105"));
        assertThat(jiangbei.get("/api/v1/monitoring/alerts?regionCode=" + STREET)
                        .status())
                .isEqualTo(403);
        assertThat(alertsOfRun(jiangbei, run.get("id").asString())).isEmpty();
        HttpApi.Answer badKind = district.get("/api/v1/monitoring/alerts?kind=SOMETHING");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");

        assertThat(amount.get("status").asString())
                .as("a changed amount becomes a review at once")
                .isEqualTo("FOLLOW_UP");
        String caseId = amount.get("followUpCaseIds").get(0).asString();
        ItemCaseRow review = cases.find(caseId);
        assertThat(review.origin()).isEqualTo("MONITORING");
        assertThat(review.itemCode()).isEqualTo("DIBAO");
        assertThat(review.currentStep()).isEqualTo("HOME_VISIT");
        assertThat(review.reasons()).contains("510.00").contains("700.00");
        assertThat(review.proposedAmount()).isEqualByComparingTo("700.00");
        assertThat(district.post("/api/v1/monitoring/alerts/" + amount.get("id").asString() + "/follow-up", null)
                        .status())
                .isEqualTo(409);
        assertThat(jiangbei.post("/api/v1/monitoring/alerts/" + newly.get("id").asString() + "/follow-up", null)
                        .status())
                .isEqualTo(404);
        HttpApi.Answer followUp =
                district.post("/api/v1/monitoring/alerts/" + newly.get("id").asString() + "/follow-up", null);
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(201);
        ItemCaseRow application =
                cases.find(followUp.json().get("caseIds").get(0).asString());
        assertThat(application.itemCode()).isEqualTo("DIBAO");
        assertThat(application.currentStep()).isEqualTo("HOME_VISIT");

        JsonNode lower = finished(publish("DIBAO_STANDARD_URBAN", "200", raise.plusDays(1)));
        Map<String, JsonNode> after = alertsOfRun(district, lower.get("id").asString());
        assertThat(after.get(receiving.key()).get("kind").asString()).isEqualTo("NO_LONGER_ELIGIBLE");
        assertThat(itemOf(after.get(receiving.key()), "DIBAO").get("oldAmount").asString())
                .isEqualTo("510.00");
        assertThat(after).doesNotContainKey(nearLine.key()).doesNotContainKey(wellOff.key());

        JsonNode listed = admin.get("/api/v1/monitoring/runs?size=50").json();
        assertThat(listed.findValuesAsString("id"))
                .contains(run.get("id").asString(), lower.get("id").asString());
    }

    /**
     * The periodic re-check on MariaDB: the nightly timer of {@code monitoringSchedule} (one job in the engine's
     * table, so one node runs it) starts a SCHEDULE run over the households whose review is due, moves their next
     * review six months on, and leaves a household not yet due alone.
     */
    @Test
    void theNightlyTimerReScreensTheHouseholdsWhoseReviewIsDueAndMovesTheirNextReview() throws Exception {
        java.time.Instant since = clock.now().minus(Duration.ofDays(200));
        Household due = fixtures.monitored(COMMUNITY, new BigDecimal("300"), since);
        Household notDue = fixtures.monitored(COMMUNITY, new BigDecimal("300"), since);
        LocalDate today = clock.today();
        jdbc.update(
                "UPDATE monitored_household SET next_review_on = ? WHERE household_key = ?",
                today.minusDays(1),
                due.key());
        java.util.Set<String> before = new java.util.HashSet<>(
                admin.get("/api/v1/monitoring/runs?size=100").json().findValuesAsString("id"));
        String definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("monitoringSchedule")
                .latestVersion()
                .singleResult()
                .getId();
        org.flowable.job.api.Job nightly =
                management.createTimerJobQuery().processDefinitionId(definition).singleResult();
        assertThat(nightly).as("one nightly timer job for the whole cluster").isNotNull();

        management.moveTimerToExecutableJob(nightly.getId());

        String runId = null;
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (runId == null && System.nanoTime() < until) {
            for (JsonNode r : admin.get("/api/v1/monitoring/runs?size=100").json()) {
                if ("SCHEDULE".equals(r.get("trigger").asString())
                        && !before.contains(r.get("id").asString())) {
                    runId = r.get("id").asString();
                }
            }
            Thread.sleep(200);
        }
        assertThat(runId).as("a SCHEDULE run within 60 s of the timer").isNotNull();
        JsonNode run = finished(runId);
        assertThat(run.get("households").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(nextReview(due)).isEqualTo(today.plusMonths(6));
        assertThat(nextReview(notDue)).as("not due: left alone").isEqualTo(LocalDate.of(2099, 1, 1));
        assertThat(management
                        .createTimerJobQuery()
                        .processDefinitionId(definition)
                        .count())
                .as("the timer is set again for the next night")
                .isEqualTo(1);
    }

    private LocalDate nextReview(Household h) {
        return jdbc.queryForObject(
                "SELECT next_review_on FROM monitored_household WHERE household_key = ?", LocalDate.class, h.key());
    }

    @Test
    void beforePublishingTheAdministratorSeesWhichHouseholdsAVersionReScreensAndAfterwardsTheRunsAlerts()
            throws Exception {
        Household receiving = fixtures.monitored(COMMUNITY, new BigDecimal("300"), clock.now());
        fixtures.granted(receiving, "DIBAO", new BigDecimal("510.00"));
        fixtures.application(receiving, "裴文涛", "500103198005010000", cipher);

        HttpApi.Answer preview =
                admin.get("/api/v1/admin/parameters/rescreen-households?regionCode=" + COMMUNITY + "&size=5");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        long total = Long.parseLong(preview.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(1);
        JsonNode first = preview.json().get(0);
        assertThat(first.get("householdId").asString()).isEqualTo(receiving.key());
        assertThat(first.get("applicantName").asString()).isEqualTo("裴**");
        assertThat(first.get("communityCode").asString()).isEqualTo(COMMUNITY);
        assertThat(preview.text()).doesNotContain("裴文涛");
        // the district counts at least as many; the city every one; a bad region names the field
        assertThat(Long.parseLong(admin.get("/api/v1/admin/parameters/rescreen-households?regionCode=500103")
                        .header("X-Total-Count")))
                .isGreaterThanOrEqualTo(total);
        HttpApi.Answer bad = admin.get("/api/v1/admin/parameters/rescreen-households?regionCode=50");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("regionCode");
        assertThat(district.get("/api/v1/admin/parameters/rescreen-households?regionCode=500103")
                        .status())
                .isEqualTo(403);

        LocalDate raise =
                clock.today().plusDays(100 + ThreadLocalRandom.current().nextInt(2000));
        JsonNode run = finished(publish("DIBAO_STANDARD_URBAN", "1000", raise));
        HttpApi.Answer ofRun = admin.get(
                "/api/v1/monitoring/alerts?size=100&runId=" + run.get("id").asString());
        assertThat(ofRun.json().findValuesAsString("runId"))
                .containsOnly(run.get("id").asString());
        assertThat(Long.parseLong(ofRun.header("X-Total-Count")))
                .isEqualTo(run.get("alerts").asLong());
        JsonNode alert = null;
        for (JsonNode a : ofRun.json()) {
            if (a.get("householdId").asString().equals(receiving.key())) {
                alert = a;
            }
        }
        assertThat(alert).as(ofRun.toString()).isNotNull();
        assertThat(alert.get("householdName").asString()).isEqualTo("裴**");
        assertThat(ofRun.text()).doesNotContain("裴文涛");
    }

    @Test
    void aStreetReviewerSeesOnlyItsStreetAndUnknownRunsAreNotFound() {
        HttpApi street = new HttpApi(port).as(tokens.streetReviewer("500103002"));
        assertThat(street.get("/api/v1/monitoring/alerts?regionCode=" + STREET).status())
                .isEqualTo(403);
        assertThat(street.get("/api/v1/monitoring/alerts?size=101").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/monitoring/runs/no-such-run").status()).isEqualTo(404);
        assertThat(new HttpApi(port)
                        .as(tokens.staff("DEPARTMENT_REVIEWER", "HOUSING@500103"))
                        .get("/api/v1/monitoring/alerts")
                        .status())
                .isEqualTo(403);
    }

    private String publish(String key, String value, LocalDate from) {
        HttpApi.Answer created = admin.post(
                "/api/v1/admin/parameters",
                Map.of(
                        "key",
                        key,
                        "regionCode",
                        COMMUNITY,
                        "value",
                        value,
                        "effectiveFrom",
                        from.toString(),
                        "source",
                        "IT"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("screeningRunId").asString();
    }

    private JsonNode finished(String runId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode run = admin.get("/api/v1/monitoring/runs/" + runId).json();
        while ("RUNNING".equals(run.get("status").asString()) && System.nanoTime() < until) {
            Thread.sleep(100);
            run = admin.get("/api/v1/monitoring/runs/" + runId).json();
        }
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.get("finishedAt").isNull()).isFalse();
        return run;
    }

    private static Map<String, JsonNode> alertsOfRun(HttpApi as, String runId) {
        Map<String, JsonNode> found = new HashMap<>();
        for (int page = 0; page < 50; page++) {
            JsonNode alerts =
                    as.get("/api/v1/monitoring/alerts?size=100&page=" + page).json();
            for (JsonNode a : alerts) {
                if (a.get("runId").asString().equals(runId)) {
                    found.put(a.get("householdId").asString(), a);
                }
            }
            if (alerts.size() < 100) {
                break;
            }
        }
        return found;
    }

    private static JsonNode itemOf(JsonNode alert, String itemCode) {
        for (JsonNode item : alert.get("items")) {
            if (item.get("itemCode").asString().equals(itemCode)) {
                return item;
            }
        }
        throw new AssertionError("no " + itemCode + " in " + alert);
    }
}
