package cq.assist.webapi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.monitoring.ScreeningRecovery;
import cq.assist.core.monitoring.ScreeningRuns;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A screening run whose node died mid-run: its RUNNING row, with a stale heartbeat and the part of the work the
 * dead node committed (one household screened, its alert written), is taken over by exactly one of two sweeps
 * running at once, executed again and ends DONE with the totals and alerts of an uninterrupted run over an
 * identical community; a RUNNING run whose node is alive (fresh heartbeat, e.g. queued behind the lease) is left
 * alone. The test configuration keeps the background round away (heartbeat interval PT1H, staleness PT2H).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreeningRecoveryIT {

    private static final BigDecimal[] WAGES = {new BigDecimal("300"), new BigDecimal("850"), new BigDecimal("5000")};

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SnapshotCodec codec;

    @Autowired
    BusinessClock clock;

    @Autowired
    ScreeningRuns screening;

    @Autowired
    ScreeningRecovery recovery;

    HttpApi admin;
    MonitoredHouseholdFixtures fixtures;

    @BeforeEach
    void setUp() {
        admin = new HttpApi(port).as(new StaffTokens(tokenService).admin());
        fixtures = new MonitoredHouseholdFixtures(jdbc, codec);
    }

    @Test
    void aDeadNodesRunIsTakenOverOnceAndEndsWithTheTotalsOfAnUninterruptedRun() throws Exception {
        String stem = "5001039" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        String reference = stem + "1";
        String interrupted = stem + "2";
        Instant since = clock.now().minus(Duration.ofDays(40));
        List<Household> twins = new ArrayList<>();
        List<Household> households = new ArrayList<>();
        for (BigDecimal wage : WAGES) {
            twins.add(fixtures.monitored(reference, wage, since));
            households.add(fixtures.monitored(interrupted, wage, since));
        }
        // both communities were last screened as "no 低保": today's rules change what they say
        jdbc.update(
                "UPDATE monitored_household SET last_result = 'DIBAO=N' WHERE community_code IN (?, ?)",
                reference,
                interrupted);
        LocalDate today = clock.today();

        JsonNode uninterrupted =
                finished(screening.startForParameter("DIBAO_STANDARD_URBAN", reference, today, "ScreeningRecoveryIT"));
        assertThat(uninterrupted.get("households").asLong()).isEqualTo(3);
        assertThat(uninterrupted.get("alerts").asLong())
                .as("the low-income household newly meets 低保")
                .isGreaterThanOrEqualTo(1);

        // the dead node: it recorded the run, screened the first household (result and alerts committed with the
        // totals) and died; its heartbeat is three hours old
        String runId = UUID.randomUUID().toString();
        Household first = households.get(0);
        Household firstTwin = twins.get(0);
        String firstResult = jdbc.queryForObject(
                "SELECT last_result FROM monitored_household WHERE household_key = ?", String.class, firstTwin.key());
        jdbc.update(
                "UPDATE monitored_household SET last_result = ?, last_screened_on = ?, last_run_id = ?"
                        + " WHERE household_key = ?",
                firstResult,
                today,
                runId,
                first.key());
        int firstAlerts = jdbc.update(
                "INSERT INTO monitoring_alert (id, run_id, household_key, application_id, community_code, kind, items,"
                        + " reasons, status, create_time) SELECT UUID(), ?, ?, ?, ?, kind, items, reasons, 'OPEN',"
                        + " create_time FROM monitoring_alert WHERE run_id = ? AND household_key = ?",
                runId,
                first.key(),
                first.applicationId(),
                interrupted,
                uninterrupted.get("id").asString(),
                firstTwin.key());
        Instant wall = Instant.now();
        insertRunning(runId, interrupted, today, "dead-node:1", wall.minus(Duration.ofHours(3)), 1, 1, firstAlerts);
        // a live node's run waiting for the lease: fresh heartbeat, nothing screened yet
        String queued = UUID.randomUUID().toString();
        insertRunning(queued, stem + "3", today, "live-node:2", wall, 0, 0, 0);

        try {
            int claimed = sweepTwiceAtOnce();

            assertThat(claimed).as("two sweeps at once take the run over once").isEqualTo(1);
            JsonNode done = finished(runId);
            assertThat(done.get("households").asLong())
                    .isEqualTo(uninterrupted.get("households").asLong());
            assertThat(done.get("changed").asLong())
                    .isEqualTo(uninterrupted.get("changed").asLong());
            assertThat(done.get("alerts").asLong())
                    .isEqualTo(uninterrupted.get("alerts").asLong());
            Map<String, Object> row =
                    jdbc.queryForMap("SELECT owner, attempts FROM monitoring_run WHERE id = ?", runId);
            assertThat(row.get("owner")).isNotEqualTo("dead-node:1");
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(2);
            for (int i = 0; i < WAGES.length; i++) {
                assertThat(kinds(runId, households.get(i)))
                        .as("alerts of household %d: as its twin's in the uninterrupted run, none twice", i)
                        .isEqualTo(kinds(uninterrupted.get("id").asString(), twins.get(i)));
            }

            Map<String, Object> alive =
                    jdbc.queryForMap("SELECT status, owner, attempts FROM monitoring_run WHERE id = ?", queued);
            assertThat(alive.get("status")).isEqualTo("RUNNING");
            assertThat(alive.get("owner")).isEqualTo("live-node:2");
            assertThat(((Number) alive.get("attempts")).intValue()).isEqualTo(1);
            assertThat(recovery.sweep()).as("nothing stale is left").isZero();
        } finally {
            jdbc.update("DELETE FROM monitoring_run WHERE id = ?", queued);
        }
    }

    private void insertRunning(
            String id,
            String region,
            LocalDate day,
            String owner,
            Instant heartbeat,
            long households,
            long changed,
            long alerts) {
        jdbc.update(
                "INSERT INTO monitoring_run (id, trigger_kind, region_code, reason, screen_date, status, households,"
                        + " changed, alerts, started_at, create_by, owner, heartbeat_at, attempts) VALUES (?,"
                        + " 'PARAMETER', ?, 'ScreeningRecoveryIT', ?, 'RUNNING', ?, ?, ?, ?, 'admin', ?, ?, 1)",
                id,
                region,
                day,
                households,
                changed,
                alerts,
                Timestamp.from(clock.now()),
                owner,
                Timestamp.from(heartbeat));
    }

    private int sweepTwiceAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sweeps.add(two.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return recovery.sweep();
                }));
            }
            int claimed = 0;
            for (Future<Integer> sweep : sweeps) {
                claimed += sweep.get(30, TimeUnit.SECONDS);
            }
            return claimed;
        } finally {
            two.shutdownNow();
        }
    }

    private Map<String, Long> kinds(String runId, Household household) {
        Map<String, Long> kinds = new HashMap<>();
        jdbc.query(
                "SELECT kind, COUNT(*) FROM monitoring_alert WHERE run_id = ? AND household_key = ? GROUP BY kind",
                rs -> {
                    kinds.put(rs.getString(1), rs.getLong(2));
                },
                runId,
                household.key());
        return kinds;
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
}
