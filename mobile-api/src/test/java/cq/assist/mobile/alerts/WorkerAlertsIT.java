package cq.assist.mobile.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.login.Roles;
import cq.assist.core.monitoring.ScreeningRuns;
import cq.assist.core.parameters.NewParameterVersion;
import cq.assist.core.parameters.PublishingParameters;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.MonitoredHouseholdFixtures;
import cq.assist.web.test.MonitoredHouseholdFixtures.Household;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/worker/alerts}: a community worker sees its community's monitoring alerts and resolves them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerAlertsIT {

    private static final String COMMUNITY = "500103001001";

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SnapshotCodec codec;

    @Autowired
    PublishingParameters publishing;

    @Autowired
    ScreeningRuns runs;

    @Autowired
    BusinessClock clock;

    @Autowired
    PiiCipher cipher;

    @Test
    void theWorkerSeesItsCommunitysAlertAndResolvesItOnce() throws Exception {
        Household household = new MonitoredHouseholdFixtures(jdbc, codec)
                .monitored(COMMUNITY, new BigDecimal("850"), clock.now().minus(Duration.ofDays(10)));
        new MonitoredHouseholdFixtures(jdbc, codec).application(household, "禤桂英", "500103195801011234", cipher);
        LocalDate from =
                clock.today().plusDays(100 + ThreadLocalRandom.current().nextInt(3000));
        publishing.publish(
                new NewParameterVersion("DIBAO_STANDARD_URBAN", COMMUNITY, "990", from.toString(), "IT"), "it-admin");
        String runId = runs.startForParameter("DIBAO_STANDARD_URBAN", COMMUNITY, from, "it-admin");
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ("RUNNING".equals(runs.run(runId).status()) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(runs.run(runId).status()).isEqualTo("DONE");

        HttpApi worker = as(Roles.COMMUNITY_WORKER, Map.of(Roles.CLAIM_COMMUNITY, COMMUNITY));
        JsonNode alert = alertOf(worker.get("/api/v1/worker/alerts").json(), household.key());
        assertThat(alert).as("alert of the household").isNotNull();
        assertThat(alert.get("kind").asString()).isEqualTo("NEWLY_ELIGIBLE");
        assertThat(alert.get("status").asString()).isEqualTo("OPEN");
        assertThat(alert.get("items").get(0).get("itemCode").asString()).isEqualTo("DIBAO");
        assertThat(alert.get("items").get(0).get("newAmount").asString()).isEqualTo("140.00");
        assertThat(alert.get("reasons").get(0).asString()).contains("最低生活保障");
        assertThat(alert.get("householdName").asString())
                .as("the household, masked")
                .isEqualTo("禤**");
        assertThat(alert.get("address").asString())
                .as("the address down to the street")
                .isEqualTo("测试**");
        String id = alert.get("id").asString();

        HttpApi neighbour = as(Roles.COMMUNITY_WORKER, Map.of(Roles.CLAIM_COMMUNITY, "500103001002"));
        assertThat(alertOf(neighbour.get("/api/v1/worker/alerts").json(), household.key()))
                .isNull();
        assertThat(neighbour
                        .post("/api/v1/worker/alerts/" + id + "/resolve", Map.of("note", "已核实"))
                        .status())
                .isEqualTo(404);
        HttpApi.Answer empty = worker.post("/api/v1/worker/alerts/" + id + "/resolve", Map.of("note", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(as(Roles.RESIDENT, Map.of()).get("/api/v1/worker/alerts").status())
                .isEqualTo(403);

        HttpApi.Answer resolved =
                worker.post("/api/v1/worker/alerts/" + id + "/resolve", Map.of("note", "已入户核实，协助申请低保"));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(worker.post("/api/v1/worker/alerts/" + id + "/resolve", Map.of("note", "再次"))
                        .status())
                .isEqualTo(409);
        byte[] stored = jdbc.queryForObject("SELECT note_enc FROM monitoring_alert WHERE id = ?", byte[].class, id);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("入户");
        assertThat(alertOf(worker.get("/api/v1/worker/alerts").json(), household.key())
                        .get("status")
                        .asString())
                .isEqualTo("RESOLVED");
    }

    private HttpApi as(String role, Map<String, String> claims) {
        return new HttpApi(port)
                .as(tokens.issue("it-" + UUID.randomUUID(), List.of(role), claims)
                        .accessToken());
    }

    private static JsonNode alertOf(JsonNode alerts, String householdKey) {
        for (JsonNode a : alerts) {
            if (a.get("householdId").asString().equals(householdKey)) {
                return a;
            }
        }
        return null;
    }
}
