package cq.assist.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The staff inbox at scale: starts the apps on a fresh database ({@link Cluster}), files {@code apps}
 * real applications (their open tasks become templates), multiplies them to {@code tasks} open tasks
 * ({@link InboxGenerator}), logs demo staff in (password + TOTP) and times {@code GET /api/v1/tasks}
 * one request at a time: {@code requests} per query after 20 not counted, p50/p90/p99/max in ms. Then
 * prints MariaDB's plan ({@code EXPLAIN}) of the inbox statements. Options as {@link LoadHarness}, plus
 * {@code tasks} (1000000), {@code apps} (30), {@code requests} (200 timed per query), {@code warmup} (100 untimed
 * rounds of every query first), {@code baseline} (true: also time the statements the inbox used before V91, which
 * take seconds each on a cold buffer pool); {@code db=<name> reuse=true} with
 * {@code keep=true} from an earlier run skips the filing and the generation.
 */
public final class InboxBench {

    private InboxBench() {}

    static final List<String[]> QUERIES = List.of(
            new String[] {"mz.yuzhong", "size=20"},
            new String[] {"mz.yuzhong", "size=20&sort=dueAt"},
            new String[] {"mz.yuzhong", "size=20&sort=dueAt&overdue=true"},
            new String[] {"mz.yuzhong", "size=20&sort=dueAt&page=50"},
            new String[] {"jd.qixinggang", "size=20&sort=dueAt"},
            new String[] {"zj.yuzhong", "size=20&sort=dueAt"},
            new String[] {"mz.jiangbei", "size=50&sort=createdAt"});

    public static void main(String[] args) throws Exception {
        Cluster.Options o = new Cluster.Options(args);
        Path out = AppNode.ensureDir(
                Path.of(o.get("out", "benchmarks/target/inbox/" + Instant.now().getEpochSecond())));
        LoadHarness.Report report = new LoadHarness.Report(o.get("label", "inbox"), out);
        report.line("options: " + o + "; start " + Instant.now() + ", load average " + LoadHarness.loadAverage());
        try (Cluster cluster = Cluster.start(o, out);
                Connection db = cluster.root()) {
            if (!o.bool("reuse", false)) {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                MobileClient worker =
                        new MobileClient(http, cluster.mobile.get(0).base());
                worker.logIn("13900000001");
                int apps = o.integer("apps", 30);
                List<String> photos = new java.util.ArrayList<>();
                for (int i = 0; i < apps; i++) {
                    photos.add(worker.uploadPhoto(MobileClient.png()));
                }
                Workload w = new Workload(List.of(worker), photos, (int) (System.currentTimeMillis() / 1000 % 100_000));
                w.closedLoop(apps, 4);
                LoadHarness.awaitReview(db, w.applicationIds.size(), Duration.ofMinutes(10));
                long t0 = System.nanoTime();
                long tasks = InboxGenerator.generate(db, o.integer("tasks", 1_000_000));
                report.line(String.format(
                        "generated: %d open tasks in %.0f s (load average %s)",
                        tasks, (System.nanoTime() - t0) / 1e9, LoadHarness.loadAverage()));
            }
            report.line("open tasks: " + LoadHarness.count(db, "SELECT COUNT(*) FROM ACT_RU_TASK")
                    + ", candidate links: "
                    + LoadHarness.count(db, "SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate'"));
            report.section("GET /api/v1/tasks, one request at a time (" + o.integer("requests", 200) + " each)");
            String web = cluster.web.get(0).base();
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, String> tokens = new java.util.HashMap<>();
            // warm-up of every query before any is timed: the first query timed used to carry the JIT's work
            int warmup = o.integer("warmup", 100);
            for (int round = 0; round < warmup; round++) {
                for (String[] q : QUERIES) {
                    String token = tokens.computeIfAbsent(q[0], user -> staffLogin(http, web, user));
                    MobileClient.require(inbox(http, web, token, q[1]), 200);
                }
            }
            report.line("warm-up: " + warmup + " rounds of every query, not timed");
            for (String[] q : QUERIES) {
                String token = tokens.computeIfAbsent(q[0], user -> staffLogin(http, web, user));
                long[] lat = new long[o.integer("requests", 200)];
                String total = "?";
                int tasksInPage = 0;
                for (int i = -20; i < lat.length; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = inbox(http, web, token, q[1]);
                    long micros = (System.nanoTime() - start) / 1000;
                    MobileClient.require(r, 200);
                    if (i >= 0) {
                        lat[i] = micros;
                    } else {
                        total = r.headers().firstValue("X-Total-Count").orElse("?");
                        tasksInPage = MobileClient.json(r).size();
                    }
                }
                report.latencies(
                        String.format("%s ?%s (X-Total-Count %s, %d in the page)", q[0], q[1], total, tasksInPage),
                        lat);
            }
            report.line("load average at the end: " + LoadHarness.loadAverage());
            report.section("The inbox statements over JDBC for dept:CIVIL_AFFAIRS@500103 (50 runs each after 5)");
            List<String[]> statements = new java.util.ArrayList<>();
            if (o.bool("baseline", true)) { // the form before V91, seconds a run on a cold buffer pool
                statements.add(new String[] {
                    "before (join of links and tasks): page by due", OLD_PAGE + " ORDER BY t.DUE_DATE_, t.ID_ LIMIT 20"
                });
                statements.add(new String[] {"before: count", OLD_COUNT});
            }
            statements.addAll(List.of(
                    new String[] {
                        "after (item_case.task_group index): page by due",
                        NEW_PAGE + " ORDER BY c.due_at, c.id LIMIT 20"
                    },
                    new String[] {
                        "after: page 50 by creation", NEW_PAGE + " ORDER BY c.task_since, c.id LIMIT 20 OFFSET 1000"
                    },
                    new String[] {
                        "after: page 50 by creation, deferred join (TaskInboxMapper.selectPage)", DEFERRED_PAGE_50
                    },
                    new String[] {
                        "after: overdue page by due",
                        NEW_PAGE + " AND c.due_at < NOW() ORDER BY c.due_at, c.id LIMIT 20"
                    },
                    new String[] {"after: count", NEW_COUNT}));
            for (String[] q : statements) {
                long[] lat = new long[50];
                for (int i = -5; i < lat.length; i++) {
                    long start = System.nanoTime();
                    try (Statement st = db.createStatement();
                            ResultSet rs = st.executeQuery(q[1])) {
                        while (rs.next()) {
                            // read every row
                        }
                    }
                    if (i >= 0) {
                        lat[i] = (System.nanoTime() - start) / 1000;
                    }
                }
                report.latencies(q[0], lat);
            }
            report.section("Plans (EXPLAIN)");
            for (String sql : List.of(
                    OLD_PAGE + " ORDER BY t.DUE_DATE_, t.ID_ LIMIT 20",
                    NEW_PAGE + " ORDER BY c.due_at, c.id LIMIT 20",
                    NEW_PAGE + " ORDER BY c.task_since, c.id LIMIT 20 OFFSET 1000",
                    DEFERRED_PAGE_50,
                    NEW_COUNT)) {
                explain(db, sql, report);
            }
            if (!o.bool("keep", false)) {
                cluster.close();
                try (Statement s = db.createStatement()) {
                    s.execute("DROP DATABASE `" + cluster.database + "`");
                }
            } else {
                report.line("database kept: " + cluster.database);
            }
        } finally {
            report.close();
        }
        System.exit(0);
    }

    static final String GROUP = "'dept:CIVIL_AFFAIRS@500103'";

    /** The inbox as first built (a join of candidate links and tasks, sorted per request). */
    static final String OLD_FROM_WHERE = " FROM ACT_RU_TASK t"
            + " JOIN ACT_RU_IDENTITYLINK il ON il.TASK_ID_ = t.ID_ AND il.TYPE_ = 'candidate'"
            + " JOIN item_case c ON c.process_instance_id = t.PROC_INST_ID_"
            + " LEFT JOIN application a ON a.id = c.application_id"
            + " WHERE il.GROUP_ID_ IN (" + GROUP + ")";

    static final String OLD_PAGE = "SELECT t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_,"
            + " il.GROUP_ID_, c.id, c.application_id, a.application_no, c.item_code, c.region_code" + OLD_FROM_WHERE;

    static final String OLD_COUNT = "SELECT COUNT(*)" + OLD_FROM_WHERE;

    /** The inbox now (workflow TaskInboxMapper.xml): the open cases of the group in index order. */
    /** The inbox row's columns (TaskInboxMapper.xml, "columns"). */
    static final String PAGE_COLUMNS = "SELECT t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_,"
            + " c.task_group, c.id, c.application_id, a.application_no, c.item_code, c.region_code";

    static final String NEW_PAGE = PAGE_COLUMNS
            + " FROM item_case c JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = c.process_instance_id"
            + " LEFT JOIN application a ON a.id = c.application_id WHERE c.task_group IN (" + GROUP + ")";

    /** The product's page query (TaskInboxMapper.selectPage): the page's ids from the index, then the join. */
    static final String DEFERRED_PAGE_50 = PAGE_COLUMNS
            + " FROM (SELECT c.id FROM item_case c WHERE c.task_group IN (" + GROUP + ")"
            + " ORDER BY c.task_since, c.id LIMIT 20 OFFSET 1000) p JOIN item_case c ON c.id = p.id"
            + " JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = c.process_instance_id"
            + " LEFT JOIN application a ON a.id = c.application_id ORDER BY c.task_since, c.id";

    static final String NEW_COUNT = "SELECT COUNT(*) FROM item_case c WHERE c.task_group IN (" + GROUP + ")";

    static void explain(Connection db, String sql, LoadHarness.Report report) throws Exception {
        report.line("");
        report.line("`" + sql + "`");
        report.line("");
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            ResultSetMetaData md = rs.getMetaData();
            StringBuilder head = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (int i = 1; i <= md.getColumnCount(); i++) {
                head.append(' ').append(md.getColumnLabel(i)).append(" |");
                rule.append("---|");
            }
            report.line(head.toString());
            report.line(rule.toString());
            while (rs.next()) {
                StringBuilder row = new StringBuilder("|");
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(' ').append(rs.getString(i)).append(" |");
                }
                report.line(row.toString());
            }
        }
    }

    /** Logs a demo staff account in: password Demo#2026 and the current TOTP of the demo secret. */
    /** {@code GET /api/v1/tasks?query} as the staff member of {@code token}. */
    private static HttpResponse<String> inbox(HttpClient http, String web, String token, String query)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(web + "/api/v1/tasks?" + query))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String staffLogin(HttpClient http, String web, String user) {
        try {
            String body = MobileClient.JSON.writeValueAsString(
                    Map.of("username", user, "password", "Demo#2026", "totp", totp("JBSWY3DPEHPK3PXP")));
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(web + "/api/v1/auth/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            MobileClient.require(r, 200);
            return MobileClient.json(r).get("accessToken").asString();
        } catch (Exception e) {
            throw new IllegalStateException("login of " + user + " failed", e);
        }
    }

    /** RFC 6238 TOTP (SHA-1, 30 s, 6 digits) of a base32 secret, now. */
    static String totp(String base32) throws Exception {
        byte[] key = base32(base32);
        long step = System.currentTimeMillis() / 1000 / 30;
        byte[] counter = java.nio.ByteBuffer.allocate(8).putLong(step).array();
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] h = mac.doFinal(counter);
        int o = h[h.length - 1] & 15;
        int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
        return String.format("%06d", bin % 1_000_000);
    }

    private static byte[] base32(String s) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char ch : s.toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(ch);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
