package cq.assist.bench.load;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A mobile-api node killed mid-process ({@code kill -9}) loses nothing and does nothing twice. Starts
 * one web-api (its job executor off, so the mobile nodes run every asynchronous check) and two
 * mobile-api nodes on a fresh database, files {@code count} (400) applications over HTTP across both
 * mobile nodes, and kills mobile-api-1 once {@code killAfter} (half) have been answered, while it holds
 * hundreds of checks queued, locked or running. Requests that die with it are retried on mobile-api-2
 * with the same Idempotency-Key. Then waits until every answered application is in review (the dead
 * node's job locks expire after {@code lockTime}, PT20S here, and mobile-api-2 resets and runs them) and
 * prints the counts. SMS messages the dead node committed but never handed to the gateway must be sent by the
 * surviving node's outbox sweep within three minutes; one still unsent counts as lost. Exit status 1 when
 * anything was lost or duplicated.
 */
public final class KillTest {

    private KillTest() {}

    public static void main(String[] args) throws Exception {
        Cluster.Options given = new Cluster.Options(args);
        String lockTime = given.get("lockTime", "PT20S");
        List<String> all = new ArrayList<>(List.of(args));
        all.add("nodes=2");
        all.add("webNodes=1");
        all.add("webArgs=--flowable.async-executor-activate=false");
        all.add("appArgs=--flowable.process.async.executor.async-job-lock-time=" + lockTime
                + " --flowable.process.async.executor.reset-expired-jobs-interval=PT5S"
                + (given.has("appArgs") ? " " + given.get("appArgs", "") : ""));
        Cluster.Options o = new Cluster.Options(all.toArray(String[]::new));
        Path out = AppNode.ensureDir(
                Path.of(o.get("out", "benchmarks/target/kill/" + Instant.now().getEpochSecond())));
        LoadHarness.Report report = new LoadHarness.Report("kill test", out);
        report.line("start " + Instant.now() + ", load average " + LoadHarness.loadAverage() + "; job lock time "
                + lockTime);
        int count = o.integer("count", 400);
        int killAfter = o.integer("killAfter", count / 2);
        int failures = 0;
        try (Cluster cluster = Cluster.start(o, out);
                Connection db = cluster.root()) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(3))
                    .executor(Executors.newFixedThreadPool(16))
                    .build();
            MobileClient first = new MobileClient(http, cluster.mobile.get(1).base());
            first.logIn("13900000001");
            List<MobileClient> clients = new ArrayList<>();
            for (AppNode n : cluster.mobile) {
                clients.add(first.on(n.base()));
            }
            List<String> photos = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                photos.add(clients.get(i % 2).uploadPhoto(MobileClient.png()));
            }
            Workload w = new Workload(clients, photos, (int) (System.currentTimeMillis() / 1000 % 100_000));
            AppNode victim = cluster.mobile.get(0);
            Thread killer = new Thread(() -> {
                while (w.applicationIds.size() < killAfter) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try {
                    Map<String, Long> before = jobs(db);
                    victim.killHard();
                    report.line(String.format(
                            "killed %s (kill -9, pid %d) after %d answers; jobs then: %s; applications checking: %d",
                            victim.name,
                            victim.pid(),
                            w.applicationIds.size(),
                            before,
                            LoadHarness.count(db, "SELECT COUNT(*) FROM application WHERE status = 'CHECKING'")));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            killer.start();
            Workload.Run run = w.closedLoop(count, o.integer("threads", 16));
            killer.join();
            report.line(String.format(
                    "filed: %d answered, %d failed, %d requests retried on the other node",
                    run.ok(), run.failed(), w.retries.get()));
            long t0 = System.nanoTime();
            long reviewed = -1;
            try {
                LoadHarness.awaitReview(db, w.applicationIds.size(), Duration.ofMinutes(o.integer("waitMinutes", 10)));
                reviewed = System.nanoTime();
            } catch (IllegalStateException notAll) {
                report.line("NOT ALL IN REVIEW: " + notAll.getMessage());
            }
            if (reviewed > 0) {
                report.line(String.format("all in review %.0f s after the last answer", (reviewed - t0) / 1e9));
            }
            // messages the dead node committed but never sent are sent by another node's outbox sweep
            // (assist.notify.sweep-after PT1M, every PT30S): wait for it, then count what is still unsent
            long unsent = LoadHarness.count(db, UNSENT_NOTICES);
            for (int i = 0; i < 36 && unsent > 0; i++) {
                Thread.sleep(5_000);
                unsent = LoadHarness.count(db, UNSENT_NOTICES);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("SMS messages left unsent (after the sweep)", unsent);
            counts.put(
                    "SMS messages sent",
                    LoadHarness.count(
                            db,
                            "SELECT COUNT(*) FROM application_notice WHERE channel = 'SMS' AND sent_at IS NOT NULL"));
            String ids = "'" + String.join("','", w.applicationIds.keySet()) + "'";
            long acknowledged = w.applicationIds.size();
            long inReview = LoadHarness.count(
                    db,
                    "SELECT COUNT(*) FROM application WHERE status IN ('IN_REVIEW','CLOSED') AND id IN (" + ids + ")");
            counts.put("applications answered 201/200", acknowledged);
            counts.put("of them in review", inReview);
            counts.put("lost (answered, not in review)", acknowledged - inReview);
            counts.put("applications stored", LoadHarness.count(db, "SELECT COUNT(*) FROM application"));
            counts.put(
                    "duplicated applications (one applicant twice)",
                    LoadHarness.count(
                            db,
                            "SELECT COUNT(*) FROM (SELECT applicant_id_number_hash FROM application"
                                    + " GROUP BY applicant_id_number_hash HAVING COUNT(*) > 1) d"));
            Map<String, Long> integrity = LoadHarness.integrity(db, report);
            long duplicated = counts.get("duplicated applications (one applicant twice)");
            for (var e : integrity.entrySet()) {
                if (e.getKey().contains("twice") || e.getKey().startsWith("duplicated")) {
                    duplicated += e.getValue();
                }
            }
            counts.put("jobs left", LoadHarness.count(db, "SELECT COUNT(*) FROM ACT_RU_JOB"));
            for (var e : counts.entrySet()) {
                report.line("- " + e.getKey() + ": " + e.getValue());
            }
            long lost = acknowledged - inReview + (run.failed() > 0 ? run.failed() : 0) + unsent;
            report.line(String.format("**lost %d, duplicated %d**", lost, duplicated));
            failures = lost == 0 && duplicated == 0 && integrity.get("dead-letter jobs") == 0 ? 0 : 1;
            if (!o.bool("keep", false)) {
                cluster.close();
                try (var s = db.createStatement()) {
                    s.execute("DROP DATABASE `" + cluster.database + "`");
                }
            }
        } finally {
            report.close();
        }
        System.exit(failures);
    }

    private static final String UNSENT_NOTICES =
            "SELECT COUNT(*) FROM application_notice WHERE channel = 'SMS' AND sent_at IS NULL";

    /** Jobs by lock owner ({@code unlocked} when none). */
    static Map<String, Long> jobs(Connection db) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (var s = db.createStatement();
                var rs = s.executeQuery(
                        "SELECT COALESCE(LOCK_OWNER_, 'unlocked'), COUNT(*) FROM ACT_RU_JOB GROUP BY 1")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
