package cq.assist.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * End-to-end load harness of intake and fan-out: starts both apps from this repository's jars on a
 * fresh MariaDB database ({@link Cluster}), logs the demo community worker in over HTTP, uploads the
 * ID-card photos, then runs
 *
 * <ol>
 *   <li>a warm-up ({@code warmup} applications, not reported),
 *   <li>the throughput phase: {@code count} applications from {@code threads} clients as fast as
 *       answered; end to end = first submit until the last application is IN_REVIEW (or CLOSED),
 *       polled every 50 ms,
 *   <li>the latency phase: {@code rate} applications a second for {@code seconds} (open loop), latency
 *       percentiles of {@code POST /applications} and how long the fan-out lags behind,
 * </ol>
 *
 * and reports per phase applications a second, latency percentiles (ms), CPU milliseconds per application
 * per process ({@code /proc/<pid>/stat}; MariaDB's own process includes the other users of the server,
 * its per-user {@code USER_STATISTICS} CPU does not), and statements per application (USER_STATISTICS of
 * the apps' database user, and SHOW GLOBAL STATUS). Also: duplicated async runs, item cases or grants,
 * and dead-letter jobs. The report goes to stdout and {@code <out>/report.md}.
 *
 * <p>Options ({@code key=value}): {@code count} (1000), {@code threads} (8), {@code warmup} (200),
 * {@code rate} (100, 0 skips), {@code seconds} (20), {@code nodes} (1), {@code webNodes} (= nodes),
 * {@code jfr} (false: JFR profile of each node during the throughput phase), {@code appArgs} /
 * {@code webArgs} / {@code mobileArgs} (extra Spring arguments, space separated), {@code jdbc} (extra
 * JDBC URL parameters), {@code jvm} ("-Xms256m -Xmx1g"), {@code pool} (20), {@code out}
 * (target/load/&lt;time&gt;), {@code keep} (false: drop the database afterwards), {@code label}.
 * Pointed at running apps instead: {@code mobileUrls=http://host:port,...} and {@code db=<database>}.
 */
public final class LoadHarness {

    private static final Logger LOG = LoggerFactory.getLogger(LoadHarness.class);

    private LoadHarness() {}

    public static void main(String[] args) throws Exception {
        Cluster.Options o = new Cluster.Options(args);
        Path out = AppNode.ensureDir(
                Path.of(o.get("out", "benchmarks/target/load/" + Instant.now().getEpochSecond())));
        Report report = new Report(o.get("label", "load"), out);
        report.line("options: " + o);
        report.line("start: " + Instant.now() + ", load average " + loadAverage());
        int status = 0;
        try (Cluster cluster = Cluster.start(o, out)) {
            run(o, cluster, report, out);
        } catch (Exception e) {
            LOG.error("load run failed; the report so far is in {}", out, e);
            status = 1;
        } finally {
            report.close();
        }
        System.exit(status); // the HTTP client's pool threads would keep the JVM alive, on failure too
    }

    static void run(Cluster.Options o, Cluster cluster, Report report, Path out) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(16))
                .build();
        MobileClient first = new MobileClient(http, cluster.mobile.get(0).base());
        first.logIn(o.get("worker", "13900000001"));
        List<MobileClient> clients = new ArrayList<>();
        for (AppNode n : cluster.mobile) {
            clients.add(first.on(n.base()));
        }
        int warmup = o.integer("warmup", 200);
        int count = o.integer("count", 1000);
        int rate = o.integer("rate", 100);
        int seconds = o.integer("seconds", 20);
        int total = warmup + count + rate * seconds;
        byte[] png = MobileClient.png();
        List<String> photos = new ArrayList<>();
        for (int i = 0; i < Math.min(total, o.integer("photos", total)); i++) {
            photos.add(clients.get(i % clients.size()).uploadPhoto(png));
        }
        report.line("uploaded " + photos.size() + " ID-card photos (not measured)");
        Workload w = new Workload(clients, photos, (int) (System.currentTimeMillis() / 1000 % 100_000));
        try (Connection db = cluster.root()) {
            if (warmup > 0) {
                w.closedLoop(warmup, o.integer("threads", 8));
                awaitReview(db, w.applicationIds.size(), Duration.ofMinutes(10));
                report.line("warm-up: " + warmup + " applications, all in review");
            }
            if (count > 0) {
                Phase p = Phase.begin(cluster, db);
                if (o.bool("jfr", false)) {
                    for (AppNode n : cluster.all()) {
                        n.startJfr(out.resolve(n.name + ".jfr"));
                    }
                }
                Workload.Run run = w.closedLoop(count, o.integer("threads", 8));
                long reviewed = awaitReview(db, w.applicationIds.size(), Duration.ofMinutes(20));
                if (o.bool("jfr", false)) {
                    for (AppNode n : cluster.all()) {
                        n.stopJfr();
                    }
                }
                p.end(cluster, db);
                double e2e = (reviewed - run.firstSendNanos()) / 1e9;
                report.section("Throughput: " + count + " applications, " + o.integer("threads", 8)
                        + " client threads, " + cluster.mobile.size() + "+" + cluster.web.size() + " nodes");
                report.line("load average at the end: " + loadAverage());
                report.line(String.format(
                        "submitted %d (failed %d) in %.1f s = %.1f/s; **end to end (first submit to last in review)"
                                + " %.1f s = %.1f applications/s**",
                        run.ok(), run.failed(), run.seconds(), run.ok() / run.seconds(), e2e, run.ok() / e2e));
                report.latencies("POST /applications (closed loop)", run.latenciesMicros());
                p.report(report, run.ok());
            }
            if (rate > 0 && seconds > 0) {
                Phase p = Phase.begin(cluster, db);
                Workload.Run run = w.fixedRate(rate, seconds);
                long lastAnswer = run.lastAnswerNanos();
                long reviewed = awaitReview(db, w.applicationIds.size(), Duration.ofMinutes(20));
                p.end(cluster, db);
                report.section("Fixed arrival rate: " + rate + "/s for " + seconds + " s");
                report.line("load average at the end: " + loadAverage());
                report.line(String.format(
                        "sent %d (failed %d); last answer %.1f s after the first planned send; all in review"
                                + " %.1f s after the last answer",
                        run.ok(), run.failed(), run.seconds(), (reviewed - lastAnswer) / 1e9));
                report.latencies(
                        "POST /applications at " + rate + "/s (from the planned send time)", run.latenciesMicros());
                if (run.failed() > 0 && run.ok() > 0) {
                    report.latencies("of them the " + run.ok() + " answered", run.okMicros());
                    report.latencies("and the " + run.failed() + " refused or failed", run.failedMicros());
                }
                p.report(report, run.ok());
            }
            report.section("Integrity");
            integrity(db, report);
            if (!w.failures.isEmpty()) {
                report.line("failures: " + w.failures.size() + ", first: " + Workload.firstFailures(w, 3));
            }
        }
        if (!o.bool("keep", false) && !o.has("mobileUrls")) {
            cluster.close();
            try (Connection c = cluster.root();
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE `" + cluster.database + "`");
            }
        } else {
            report.line("database kept: " + cluster.database);
        }
    }

    /** Waits until {@code expected} applications are IN_REVIEW or CLOSED; returns System.nanoTime() then. */
    static long awaitReview(Connection db, int expected, Duration limit) throws SQLException, InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        long lastPrint = System.nanoTime();
        while (true) {
            long n = count(db, "SELECT COUNT(*) FROM application WHERE status IN ('IN_REVIEW', 'CLOSED')");
            long now = System.nanoTime();
            if (n >= expected) {
                return now;
            }
            if (now > until) {
                throw new IllegalStateException(n + " of " + expected + " in review after " + limit);
            }
            if (now - lastPrint > 10_000_000_000L) {
                LOG.info("... {} of {} in review", n, expected);
                lastPrint = now;
            }
            Thread.sleep(50);
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each async step ran once, no item case or grant twice, no job given up. */
    static Map<String, Long> integrity(Connection db, Report report) throws SQLException {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("applications", count(db, "SELECT COUNT(*) FROM application"));
        c.put(
                "in review or closed",
                count(db, "SELECT COUNT(*) FROM application WHERE status IN ('IN_REVIEW','CLOSED')"));
        // the engine keeps no activity history (history level "task"): a second run of the economic check shows
        // as a second "assessed" entry in the application's own timeline, and the unique keys of the snapshot
        // and the assessment refuse a second row
        c.put(
                "applications assessed twice (timeline)",
                count(
                        db,
                        "SELECT COUNT(*) FROM (SELECT application_id FROM"
                                + " application_event WHERE event_code = 'ASSESSED' GROUP BY application_id HAVING COUNT(*) > 1) d"));
        c.put(
                "duplicated item cases (application, item)",
                count(
                        db,
                        "SELECT COUNT(*) FROM (SELECT application_id,"
                                + " item_code FROM item_case GROUP BY application_id, item_code HAVING COUNT(*) > 1) d"));
        c.put(
                "duplicated grants (application, item)",
                count(
                        db,
                        "SELECT COUNT(*) FROM (SELECT application_id,"
                                + " item_code FROM item_grant GROUP BY application_id, item_code HAVING COUNT(*) > 1) d"));
        c.put(
                "duplicated SMS messages (application, code)",
                count(
                        db,
                        "SELECT COUNT(*) FROM (SELECT application_id,"
                                + " notice_code FROM application_notice WHERE channel = 'SMS' GROUP BY application_id, notice_code"
                                + " HAVING COUNT(*) > 1) d"));
        c.put("item cases", count(db, "SELECT COUNT(*) FROM item_case"));
        c.put(
                "item processes started",
                count(db, "SELECT COUNT(*) FROM item_case WHERE process_instance_id IS NOT NULL"));
        c.put("dead-letter jobs", count(db, "SELECT COUNT(*) FROM ACT_RU_DEADLETTER_JOB"));
        c.put("jobs with an exception", count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL"));
        for (var e : c.entrySet()) {
            report.line("- " + e.getKey() + ": " + e.getValue());
        }
        long apps = Math.max(1, c.get("applications"));
        try (Statement s = db.createStatement()) {
            s.execute(
                    "ANALYZE TABLE ACT_HI_ACTINST, ACT_HI_VARINST, ACT_HI_TASKINST, ACT_HI_IDENTITYLINK, ACT_HI_PROCINST,"
                            + " ACT_RU_EXECUTION, ACT_RU_VARIABLE, ACT_RU_TASK, item_case, application_event, application");
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH"
                    + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 3 DESC LIMIT 10")) {
                StringBuilder sizes =
                        new StringBuilder("largest tables per application (rows estimated, bytes with indexes):");
                while (rs.next()) {
                    sizes.append(String.format(
                            " %s %.1f rows %.1f KB;",
                            rs.getString(1), rs.getLong(2) / (double) apps, rs.getLong(3) / 1024.0 / apps));
                }
                report.line(sizes.toString());
            }
            try (ResultSet rs = s.executeQuery("SELECT SUM(DATA_LENGTH + INDEX_LENGTH) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE()")) {
                rs.next();
                report.line(String.format(
                        "database size per application: %.1f KB (seed data included)", rs.getLong(1) / 1024.0 / apps));
            }
        }
        return c;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** CPU and counters of the processes and the database around one phase. */
    static final class Phase {
        private final Map<String, Long> cpuBefore = new LinkedHashMap<>();
        private final Map<String, Long> cpuAfter = new LinkedHashMap<>();
        private Map<String, Long> globalBefore;
        private Map<String, Long> globalAfter;
        private Map<String, Double> userBefore;
        private Map<String, Double> userAfter;
        private long mariadb;

        static Phase begin(Cluster cluster, Connection db) throws SQLException {
            Phase p = new Phase();
            p.mariadb = ProcCpu.find("mariadbd").orElse(0);
            for (AppNode n : cluster.all()) {
                p.cpuBefore.put(n.name, ProcCpu.millis(n.pid()));
            }
            p.cpuBefore.put("mariadbd (whole server)", ProcCpu.millis(p.mariadb));
            p.globalBefore = DbStats.global(db);
            p.userBefore = DbStats.user(db, Cluster.DB_USER);
            return p;
        }

        void end(Cluster cluster, Connection db) throws SQLException {
            for (AppNode n : cluster.all()) {
                cpuAfter.put(n.name, ProcCpu.millis(n.pid()));
            }
            cpuAfter.put("mariadbd (whole server)", ProcCpu.millis(mariadb));
            globalAfter = DbStats.global(db);
            userAfter = DbStats.user(db, Cluster.DB_USER);
        }

        void report(Report r, int apps) {
            StringBuilder cpu = new StringBuilder("CPU ms per application:");
            double javaTotal = 0;
            for (String k : cpuBefore.keySet()) {
                double per = (cpuAfter.get(k) - cpuBefore.get(k)) / (double) apps;
                if (!k.startsWith("mariadbd")) {
                    javaTotal += per;
                }
                cpu.append(String.format(" %s %.1f;", k, per));
            }
            Map<String, Double> user = DbStats.delta(userBefore, userAfter);
            if (user.containsKey("cpu_s")) {
                cpu.append(String.format(" MariaDB for the apps' user %.1f;", user.get("cpu_s") * 1000 / apps));
            }
            cpu.append(String.format(" Java total %.1f", javaTotal));
            r.line(cpu.toString());
            if (!user.isEmpty()) {
                r.line(String.format(
                        "statements per application (apps' database user): %.1f selects, %.1f writes"
                                + " (insert/update/delete), %.1f other, %.1f commits, %.1f rollbacks;"
                                + " rows read %.0f, inserted %.1f, updated %.1f",
                        user.get("selects") / apps,
                        user.get("writes") / apps,
                        user.get("other") / apps,
                        user.get("commits") / apps,
                        user.get("rollbacks") / apps,
                        user.get("rows_read") / apps,
                        user.get("rows_inserted") / apps,
                        user.get("rows_updated") / apps));
            }
            StringBuilder g =
                    new StringBuilder("SHOW GLOBAL STATUS per application (whole server, other users included):");
            DbStats.delta(globalBefore, globalAfter)
                    .forEach((k, v) -> g.append(String.format(" %s %.1f;", k, v / apps)));
            r.line(g.toString());
        }
    }

    /** The report: the log (one line each) and a Markdown file ({@code report.md}, the figures BENCHMARKS.md quotes). */
    static final class Report implements AutoCloseable {
        private final PrintStream file;

        Report(String label, Path out) throws IOException {
            file = new PrintStream(Files.newOutputStream(out.resolve("report.md")), true, "UTF-8");
            line("# " + label);
        }

        void section(String title) {
            line("");
            line("## " + title);
        }

        void line(String s) {
            LOG.info("{}", s);
            file.println(s);
        }

        void latencies(String what, long[] micros) {
            long[] s = Workload.sorted(micros);
            line(String.format(
                    "%s, ms: p50 %.0f, p90 %.0f, p99 %.0f, p99.9 %.0f, max %.0f",
                    what,
                    Workload.percentile(s, 50) / 1000.0,
                    Workload.percentile(s, 90) / 1000.0,
                    Workload.percentile(s, 99) / 1000.0,
                    Workload.percentile(s, 99.9) / 1000.0,
                    s.length == 0 ? 0 : s[s.length - 1] / 1000.0));
        }

        @Override
        public void close() {
            file.close();
        }
    }
}
