package cq.assist.webapi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.monitoring.AlertOutcomes;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The outcome stage of a screening run ({@link AlertOutcomes}) over many alerts at once, on MariaDB with the
 * process engine: every changed amount becomes exactly one review case with one item process, every newly met
 * apply-free item of a 低保 holder one grant, each alert ends once, and acting on the run again changes nothing;
 * an alert whose action fails stays OPEN and the alerts around it are acted on all the same.
 *
 * <p>Sizes come from system properties, small by default: {@code outcome.reviews} AMOUNT_CHANGED alerts and
 * {@code outcome.grants} NEWLY_ELIGIBLE alerts of 低保 holders (five apply-free grants each), {@code outcome.idle}
 * NEWLY_ELIGIBLE alerts of households holding nothing (left to the worker), after {@code outcome.warmup} alerts
 * (default 0) acted on unmeasured to * warm the JIT. With larger sizes it is the outcome stage's measurement
 * (BENCHMARKS.md, "The outcome stage at scale"): it logs wall time, this JVM's and MariaDB's CPU seconds, the
 * statements sent (by {@link StatementCounter}) per alert and the load average; {@code outcome.jfr=true} records
 * a JFR profile into {@code target/}. The figures are logged, never asserted.
 */
@SpringBootTest(
        properties =
                "spring.datasource.hikari.data-source-properties.queryInterceptors=cq.assist.webapi.monitoring.StatementCounter")
@ActiveProfiles("demo")
class AlertOutcomeScaleIT {

    private static final Logger log = LoggerFactory.getLogger(AlertOutcomeScaleIT.class);
    private static final String COMMUNITY = "500103001007";
    private static final List<String> APPLY_FREE =
            List.of("MEDICAL_PREMIUM", "PENSION_PREMIUM", "POWER_WAIVER", "WATER_GAS_WAIVER", "CABLE_TV_WAIVER");

    @Autowired
    AlertOutcomes outcomes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Test
    void everyAlertOfALargeRunIsActedOnExactlyOnce() throws Exception {
        int reviews = Integer.getInteger("outcome.reviews", 130);
        int grants = Integer.getInteger("outcome.grants", 30);
        int idle = Integer.getInteger("outcome.idle", 20);
        int warmup = Integer.getInteger("outcome.warmup", 0);
        if (warmup > 0) {
            String warmReviews = run();
            households(warmup, warmReviews, "AMOUNT_CHANGED");
            String warmGrants = run();
            households(Math.max(1, warmup / 5), warmGrants, "NEWLY_ELIGIBLE");
            assertThat(outcomes.actOn(warmReviews, () -> {}).reviews()).isEqualTo(warmup);
            assertThat(outcomes.actOn(warmGrants, () -> {}).failed()).isZero();
        }

        String reviewRun = run();
        List<String> reviewHouseholds = households(reviews, reviewRun, "AMOUNT_CHANGED");
        AlertOutcomes.Acted acted = measured("AMOUNT_CHANGED reviews", reviewRun, reviews);
        assertThat(acted).isEqualTo(new AlertOutcomes.Acted(0, reviews, 0));
        assertEveryAlertFollowedUp(reviewRun, reviews, 1);
        assertThat(count(
                        "SELECT COUNT(*) FROM item_case c JOIN monitoring_alert m ON m.application_id = c.application_id"
                                + " WHERE m.run_id = ? AND c.origin = 'MONITORING' AND c.item_code = 'DIBAO'"
                                + " AND c.status IN ('PENDING', 'IN_REVIEW') AND c.proposed_amount = 660.00",
                        reviewRun))
                .as("one review case per alert, proposing the new amount")
                .isEqualTo(reviews);
        assertThat(count(
                        "SELECT COUNT(DISTINCT e.PROC_INST_ID_) FROM ACT_RU_EXECUTION e JOIN item_case c"
                                + " ON c.id = e.BUSINESS_KEY_ JOIN monitoring_alert m ON m.application_id = c.application_id"
                                + " WHERE m.run_id = ? AND c.origin = 'MONITORING' AND e.PARENT_ID_ IS NULL",
                        reviewRun))
                .as("one process per review case")
                .isEqualTo(reviews);
        assertThat(reviewHouseholds).hasSize(reviews);

        String grantRun = run();
        households(grants, grantRun, "NEWLY_ELIGIBLE");
        acted = measured("NEWLY_ELIGIBLE apply-free grants", grantRun, grants);
        assertThat(acted).isEqualTo(new AlertOutcomes.Acted(grants * APPLY_FREE.size(), 0, 0));
        assertEveryAlertFollowedUp(grantRun, grants, APPLY_FREE.size());
        assertThat(count(
                        "SELECT COUNT(*) FROM item_grant g JOIN item_case c ON c.id = g.case_id JOIN monitoring_alert m"
                                + " ON m.application_id = c.application_id WHERE m.run_id = ? AND c.origin = 'MONITORING'",
                        grantRun))
                .as("each apply-free item granted and recorded once")
                .isEqualTo(grants * APPLY_FREE.size());

        String idleRun = run();
        households(idle, idleRun, "NEWLY_ELIGIBLE", false);
        acted = measured("NEWLY_ELIGIBLE of households holding no base grant", idleRun, idle);
        assertThat(acted).as("nothing to grant: the worker's alerts").isEqualTo(AlertOutcomes.Acted.NONE);
        assertThat(count(
                        "SELECT COUNT(*) FROM monitoring_alert WHERE run_id = ? AND status = 'OPEN'"
                                + " AND follow_up_cases IS NULL",
                        idleRun))
                .isEqualTo(idle);

        assertThat(outcomes.actOn(reviewRun, () -> {}))
                .as("again: nothing left")
                .isEqualTo(AlertOutcomes.Acted.NONE);
        assertThat(outcomes.actOn(grantRun, () -> {})).isEqualTo(AlertOutcomes.Acted.NONE);
    }

    @Test
    void anAlertWhoseActionFailsStaysOpenAndTheOthersOfItsBlockAreActedOn() {
        String runId = run();
        List<String> ids = new ArrayList<>();
        households(7, runId, "AMOUNT_CHANGED").forEach(ids::add);
        String failing = ids.get(3);
        jdbc.update(
                "UPDATE monitoring_alert SET items = ? WHERE id = ?",
                "[{\"itemCode\":\"NO_SUCH_ITEM\",\"oldAmount\":\"1.00\",\"newAmount\":\"2.00\"}]",
                failing);

        AlertOutcomes.Acted acted = outcomes.actOn(runId, () -> {});

        assertThat(acted).isEqualTo(new AlertOutcomes.Acted(0, 6, 1));
        for (String id : ids) {
            Map<String, Object> row =
                    jdbc.queryForMap("SELECT status, follow_up_cases FROM monitoring_alert WHERE id = ?", id);
            if (id.equals(failing)) {
                assertThat(row.get("status")).isEqualTo("OPEN");
                assertThat(row.get("follow_up_cases")).isNull();
            } else {
                assertThat(row.get("status")).as(id).isEqualTo("FOLLOW_UP");
                assertThat(row.get("follow_up_cases").toString().split(",")).hasSize(1);
            }
        }
        assertThat(count(
                        "SELECT COUNT(*) FROM item_case c JOIN monitoring_alert m ON m.application_id = c.application_id"
                                + " WHERE m.run_id = ? AND c.origin = 'MONITORING'",
                        runId))
                .as("nothing of the failed alert's work is kept, nothing of the others' is lost")
                .isEqualTo(6);

        assertThat(outcomes.actOn(runId, () -> {}))
                .as("again: the failing alert fails again, the others are not acted on twice")
                .isEqualTo(new AlertOutcomes.Acted(0, 0, 1));
        assertThat(count(
                        "SELECT COUNT(*) FROM item_case c JOIN monitoring_alert m ON m.application_id = c.application_id"
                                + " WHERE m.run_id = ? AND c.origin = 'MONITORING'",
                        runId))
                .isEqualTo(6);
    }

    @Test
    void theHeartbeatRunsWhileTheStageWorksAndALostLeaseStopsIt() {
        String runId = run();
        households(5, runId, "AMOUNT_CHANGED");
        AtomicInteger beats = new AtomicInteger();
        try {
            outcomes.actOn(runId, () -> {
                beats.incrementAndGet();
                throw new IllegalStateException("screening lease lost");
            });
            throw new AssertionError("a lost lease must stop the stage");
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("screening lease lost");
        }
        assertThat(beats.get()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM monitoring_alert WHERE run_id = ? AND status = 'OPEN'", runId))
                .as("nothing acted on without the lease")
                .isEqualTo(5);
    }

    private AlertOutcomes.Acted measured(String what, String runId, int alerts) throws IOException {
        Recording jfr = null;
        if (Boolean.getBoolean("outcome.jfr")) {
            try {
                jfr = new Recording(Configuration.getConfiguration("profile"));
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
            jfr.start();
        }
        Map<String, Long> statements0 = StatementCounter.snapshot();
        long jvm0 = jvmCpuMillis();
        long db0 = mariadbCpuMillis();
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        AlertOutcomes.Acted acted = outcomes.actOn(runId, () -> {});
        double seconds = (System.nanoTime() - t0) / 1e9;
        long jvm = jvmCpuMillis() - jvm0;
        long db = mariadbCpuMillis() - db0;
        Map<String, Long> statements = StatementCounter.since(statements0, StatementCounter.snapshot());
        long total = statements.values().stream().mapToLong(Long::longValue).sum();
        if (jfr != null) {
            Path out = Path.of("target", "outcome-" + what.replaceAll("\\W+", "-") + ".jfr");
            Files.createDirectories(out.getParent());
            jfr.dump(out);
            jfr.close();
            log.info("outcome stage profile: {}", out.toAbsolutePath());
        }
        log.info(
                "outcome stage, {}: {} alerts in {} s = {} ms per alert; CPU this JVM {} s ({} ms per alert), MariaDB {} s"
                        + " ({} ms per alert); statements {} ({} per alert: {}); load average {} -> {} (2 cores); {}",
                what,
                alerts,
                String.format("%.2f", seconds),
                String.format("%.2f", seconds * 1000 / alerts),
                String.format("%.1f", jvm / 1000.0),
                String.format("%.2f", (double) jvm / alerts),
                String.format("%.1f", db / 1000.0),
                String.format("%.2f", (double) db / alerts),
                total,
                String.format("%.1f", (double) total / alerts),
                statements,
                String.format("%.1f", load0),
                String.format(
                        "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                acted);
        return acted;
    }

    private void assertEveryAlertFollowedUp(String runId, int alerts, int casesEach) {
        List<Map<String, Object>> rows =
                jdbc.queryForList("SELECT status, follow_up_cases FROM monitoring_alert WHERE run_id = ?", runId);
        assertThat(rows).hasSize(alerts);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("status")).isEqualTo("FOLLOW_UP");
            assertThat(row.get("follow_up_cases").toString().split(",")).hasSize(casesEach);
        }
    }

    private String run() {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO monitoring_run (id, trigger_kind, region_code, reason, screen_date, status, started_at,"
                        + " create_by) VALUES (?, 'PARAMETER', '500000', 'scale test', '2027-07-01', 'RUNNING', ?, 'it')",
                id,
                Timestamp.from(Instant.now()));
        return id;
    }

    /**
     * {@code n} monitored households of {@link #COMMUNITY}, each with its application, a granted 低保 of 600.00
     * and one alert of {@code kind} in the run (AMOUNT_CHANGED: 低保 600.00 to 660.00; NEWLY_ELIGIBLE: the five
     * apply-free items); returns the alert ids in id order.
     */
    private List<String> households(int n, String runId, String kind) {
        return households(n, runId, kind, true);
    }

    /** As {@link #households(int, String, String)}; {@code holding} false: the households hold no grant. */
    private List<String> households(int n, String runId, String kind, boolean holding) {
        List<Object[]> applications = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> alerts = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        String items = "AMOUNT_CHANGED".equals(kind)
                ? "[{\"itemCode\":\"DIBAO\",\"oldAmount\":\"600.00\",\"newAmount\":\"660.00\"}]"
                : APPLY_FREE.stream()
                        .map(c -> "{\"itemCode\":\"" + c + "\",\"oldAmount\":null,\"newAmount\":null}")
                        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        for (int i = 0; i < n; i++) {
            String key = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
            String app = UUID.randomUUID().toString();
            String idNumber = "50010319800501" + String.format("%04d", i % 10_000);
            applications.add(new Object[] {
                app,
                "IT" + app.substring(0, 8),
                cipher.encrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, app, idNumber),
                cipher.blindIndex(idNumber + key),
                cipher.encrypt(PiiField.APPLICATION_APPLICANT_PHONE, app, "13900009999"),
                cipher.blindIndex("13900009999"),
                COMMUNITY,
                cipher.encrypt(PiiField.APPLICATION_ADDRESS, app, "测试地址"),
                now
            });
            cases.add(new Object[] {
                UUID.randomUUID().toString(),
                app,
                "CIVIL_AFFAIRS@500103",
                COMMUNITY,
                new BigDecimal("600.00"),
                now,
                key,
                key,
                now
            });
            alerts.add(
                    new Object[] {UUID.randomUUID().toString(), runId, key, app, COMMUNITY, kind, items, "[\"测试\"]", now
                    });
        }
        jdbc.batchUpdate(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, id_card_file_id,"
                        + " submitted_at, create_by) VALUES (?, ?, 'CLOSED', 'SELF', 'it', '测试人', ?, ?, ?, ?, ?, ?,"
                        + " FALSE, 0, 'file-it', ?, 'it')",
                applications);
        if (holding) {
            jdbc.batchUpdate(
                    "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code, status,"
                            + " reasons, amount, decided_at, decided_by, household_key, active_key, create_by, create_time)"
                            + " VALUES (?, ?, 'DIBAO', 'APPLY', 'ASSESSMENT', ?, ?, 'GRANTED', '[]', ?, ?, 'it', ?, ?, 'it', ?)",
                    cases);
        }
        jdbc.batchUpdate(
                "INSERT INTO monitoring_alert (id, run_id, household_key, application_id, community_code, kind, items,"
                        + " reasons, status, create_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)",
                alerts);
        return jdbc.queryForList("SELECT id FROM monitoring_alert WHERE run_id = ? ORDER BY id", String.class, runId);
    }

    private int count(String sql, String runId) {
        return jdbc.queryForObject(sql, Integer.class, runId);
    }

    private static long jvmCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    /** CPU time (user + system) of the local mariadbd process from /proc, or 0 when there is none. */
    private static long mariadbCpuMillis() {
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                Path comm = proc.resolve("comm");
                if (proc.getFileName().toString().matches("\\d+")
                        && Files.isReadable(comm)
                        && Files.readString(comm).strip().equals("mariadbd")) {
                    String stat = Files.readString(proc.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
