package cq.assist.core.monitoring;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiProperties;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import cq.assist.core.rules.ParameterRow;
import cq.assist.core.rules.PolicyParameters;
import cq.assist.core.rules.Relation;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;

/**
 * Measures the product's monitoring re-screening ({@link ScreeningPipeline}, the code a screening run
 * executes) on the product's own schema: it migrates a fresh MariaDB database {@code assist_bench_screening}
 * with the real Flyway migrations, puts N generated households under monitoring exactly as closing an
 * application does (the snapshot sealed with {@link SnapshotCodec}: JSON, AES-GCM), gives a fifth of them a
 * granted 低保, and times three runs with the real seed parameters: the first screening (no stored result:
 * the baseline is assessed too), the screening after every 低保 standard rose by 60 yuan (changed results and
 * the alerts written), and the same again (nothing changes: read, open and assess only). Prints households/s
 * for each.
 *
 * <p>Run from the repository root after {@code ./mvnw -B package -pl benchmarks -am -DskipTests}:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar cq.assist.core.monitoring.ScreeningHarness 1000000 2}
 * (households, workers; {@code -Dbench.reuse=true} keeps the generated households, {@code -Dbench.url=...}
 * another server). Not run by the tests; do not run it while other builds load the machine.
 */
public final class ScreeningHarness {

    private static final String[] COMMUNITIES = {"500103001001", "500105001001", "500111001001", "500154001001"};
    private static final Instant SEEN = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-10-01T02:00:00Z");
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    private static final LocalDate RAISE = LocalDate.of(2027, 7, 1);
    private static final int BATCH = 500;

    private ScreeningHarness() {}

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int workers = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        Path csv =
                Path.of(args.length > 2 ? args[2] : "seeds/src/main/resources/seeds/reference/40_policy_parameter.csv");
        String server = System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306");
        String db = System.getProperty("bench.db", "assist_bench_screening");
        String url = server + "/" + db + "?nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&useSSL=false"
                + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&cachePrepStmts=true"
                + "&useServerPrepStmts=false";
        boolean reuse = Boolean.getBoolean("bench.reuse");
        System.out.printf(
                "screening harness: %,d households, %d workers, java %s, %d cores%n",
                households,
                workers,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        PiiCipher cipher = new PiiCipher(keys());
        SnapshotCodec codec = new SnapshotCodec(cipher);
        MonitoredFacts facts = new MonitoredFacts(cipher, codec);
        if (!reuse) {
            try (Connection root = DriverManager.getConnection(
                            server + "/?useSSL=false&allowPublicKeyRetrieval=true", "root", "");
                    Statement st = root.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + db);
                st.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            Flyway.configure()
                    .dataSource(url, "root", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
        try (HikariDataSource ds = dataSource(url)) {
            if (!reuse) {
                long t0 = System.nanoTime();
                generate(ds, codec, households);
                report("generate (seal + batched INSERT)", households, t0, 0, 0);
            } else {
                try (Connection c = ds.getConnection();
                        Statement st = c.createStatement()) {
                    st.execute("UPDATE monitored_household SET last_result = NULL");
                    st.execute("DELETE FROM monitoring_alert");
                }
            }
            List<ParameterRow> rows = parameters(csv);
            PolicyParameters before = PolicyParameters.of(rows);
            PolicyParameters raised = PolicyParameters.of(raise(rows));
            pass(
                    ds,
                    facts,
                    before,
                    FIRST,
                    workers,
                    "first screening (JSON facts read, baseline assessed, facts compacted)");
            pass(ds, facts, raised, RAISE, workers, "after the 低保 raise (+60 yuan)");
            pass(ds, facts, raised, RAISE, workers, "again, nothing changed");
            System.out.printf(
                    "peak heap used: %d MB (-Xmx %d MB)%n",
                    peakHeapMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static void pass(
            HikariDataSource ds,
            MonitoredFacts facts,
            PolicyParameters parameters,
            LocalDate date,
            int workers,
            String name)
            throws InterruptedException {
        ScreeningSpec spec = new ScreeningSpec(UUID.randomUUID().toString(), "500000", date, null, null, Instant.now());
        long jvm0 = jvmCpuMillis();
        long db0 = mariadbCpuMillis();
        long t0 = System.nanoTime();
        ScreeningPipeline.ScreeningCounts counts =
                new ScreeningPipeline(ds, facts, parameters, spec, workers, (h, c, a) -> {}).run();
        report(name, counts.households(), t0, counts.changed(), counts.alerts());
        System.out.printf(
                "    CPU: this JVM %.1f s, MariaDB %.1f s; load average now %.1f (2 cores)%n",
                (jvmCpuMillis() - jvm0) / 1000.0,
                (mariadbCpuMillis() - db0) / 1000.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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

    private static void report(String name, long households, long t0, long changed, long alerts) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "%-45s %,10d households in %6.2f s = %,9.0f households/s; changed %,d; alerts %,d%n",
                name, households, seconds, households / seconds, changed, alerts);
    }

    private static HikariDataSource dataSource(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("root");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return new HikariDataSource(config);
    }

    private static void generate(HikariDataSource ds, SnapshotCodec codec, int households) throws Exception {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        int per = (households + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * per;
            int to = Math.min(households, from + per);
            long seed = 42 + t;
            parts.add(pool.submit(() -> {
                insert(ds, codec, from, to, seed);
                return null;
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        pool.shutdown();
    }

    private static void insert(HikariDataSource ds, SnapshotCodec codec, int from, int to, long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        String household = "INSERT INTO monitored_household (household_key, application_id, community_code, since,"
                + " next_review_on, facts_enc) VALUES (?, ?, ?, ?, ?, ?)";
        String granted = "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code,"
                + " region_code, status, reasons, amount, decided_at, decided_by, household_key, active_key, create_by,"
                + " create_time) VALUES (?, ?, 'DIBAO', 'APPLY', 'ASSESSMENT', ?, ?, 'GRANTED', '[]', 500.00, ?, 'bench',"
                + " ?, ?, 'bench', ?)";
        try (Connection c = ds.getConnection();
                PreparedStatement ph = c.prepareStatement(household);
                PreparedStatement pg = c.prepareStatement(granted)) {
            c.setAutoCommit(false);
            Timestamp since = Timestamp.from(SINCE);
            for (int i = from; i < to; i++) {
                String key = String.format("%064x", i);
                String app = new UUID(0x5eedL, i).toString();
                String community = COMMUNITIES[r.nextInt(COMMUNITIES.length)];
                ph.setString(1, key);
                ph.setString(2, app);
                ph.setString(3, community);
                ph.setTimestamp(4, since);
                ph.setObject(5, LocalDate.of(2027, 4, 1));
                ph.setBytes(6, codec.seal(app, snapshot(app, community, r)));
                ph.addBatch();
                if (r.nextInt(5) == 0) {
                    pg.setString(1, new UUID(0xcafeL, i).toString());
                    pg.setString(2, app);
                    pg.setString(3, "CIVIL_AFFAIRS@" + community.substring(0, 6));
                    pg.setString(4, community);
                    pg.setTimestamp(5, since);
                    pg.setString(6, key);
                    pg.setString(7, key);
                    pg.setTimestamp(8, since);
                    pg.addBatch();
                }
                if ((i - from + 1) % BATCH == 0) {
                    ph.executeBatch();
                    pg.executeBatch();
                    c.commit();
                }
            }
            ph.executeBatch();
            pg.executeBatch();
            c.commit();
        }
    }

    /** A household of 1 to 3 members (as the bulk benchmark's generator draws them), every fact checked. */
    static HouseholdSnapshot snapshot(String id, String community, SplittableRandom r) {
        int n = 1 + r.nextInt(3);
        List<Member> members = new ArrayList<>(n);
        Relation[] relations = {Relation.SELF, Relation.SPOUSE, Relation.CHILD};
        Employment[] employments = Employment.values();
        for (int m = 0; m < n; m++) {
            int wage = r.nextInt(4) == 0 ? 0 : 200 + r.nextInt(2200);
            int pension = r.nextInt(5) == 0 ? 300 + r.nextInt(1500) : 0;
            Integer grade = r.nextInt(10) == 0 ? 1 + r.nextInt(4) : null;
            boolean applicant = m == 0;
            members.add(new Member(
                    "m" + m,
                    "成员" + m,
                    relations[m],
                    LocalDate.of(
                            m == 2 ? 2010 + r.nextInt(12) : 1945 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                    employments[r.nextInt(employments.length)],
                    m == 2 && r.nextBoolean(),
                    grade,
                    facts(
                            wage,
                            pension,
                            grade,
                            applicant ? r.nextInt(60_000) : 0,
                            applicant && r.nextInt(10) == 0 ? 1 : 0,
                            applicant ? r.nextInt(30_000) : 0)));
        }
        Set<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);
        HardshipCause[] all = HardshipCause.values();
        if (r.nextBoolean()) {
            causes.add(all[r.nextInt(all.length)]);
        }
        return new HouseholdSnapshot(
                id,
                community,
                !community.startsWith("500111"),
                new Housing(r.nextBoolean(), BigDecimal.valueOf(20 + r.nextInt(100))),
                causes,
                r.nextInt(20) == 0,
                "m0",
                members,
                Set.of());
    }

    private static MemberFacts facts(int wage, int pension, Integer grade, int deposits, int vehicles, int medical) {
        String src = "reference-registry";
        return new MemberFacts(
                Fact.found(BigDecimal.valueOf(wage), src, SEEN),
                Fact.found(BigDecimal.valueOf(pension), src, SEEN),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(BigDecimal.valueOf(deposits), src, SEEN),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(0, src, SEEN),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(vehicles, src, SEEN),
                Fact.found(0, src, SEEN),
                grade == null ? Fact.notFound(src) : Fact.found(grade, src, SEEN),
                Fact.found(BigDecimal.valueOf(medical), src, SEEN),
                Fact.found(false, src, SEEN),
                Fact.found(false, src, SEEN));
    }

    static List<ParameterRow> parameters(Path csv) throws IOException {
        List<ParameterRow> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setCommentMarker('#')
                    .get()
                    .parse(in)) {
                rows.add(new ParameterRow(
                        rec.get("param_key"),
                        rec.get("region_code"),
                        LocalDate.parse(rec.get("effective_from")),
                        new BigDecimal(rec.get("param_value")),
                        rec.get("unit"),
                        rec.get("note")));
            }
        }
        return rows;
    }

    /** Every 低保 standard in force the day before {@link #RAISE} gets a new version 60 yuan higher from then. */
    private static List<ParameterRow> raise(List<ParameterRow> rows) {
        List<ParameterRow> out = new ArrayList<>(rows);
        for (String region : List.of("500000", "500103", "500105", "500111", "500154")) {
            for (String key : List.of("DIBAO_STANDARD_URBAN", "DIBAO_STANDARD_RURAL")) {
                ParameterRow current = null;
                for (ParameterRow row : rows) {
                    if (row.key().equals(key)
                            && row.regionCode().equals(region)
                            && !row.effectiveFrom().isAfter(RAISE.minusDays(1))
                            && (current == null || row.effectiveFrom().isAfter(current.effectiveFrom()))) {
                        current = row;
                    }
                }
                if (current != null) {
                    out.add(new ParameterRow(
                            key,
                            region,
                            RAISE,
                            current.value().add(BigDecimal.valueOf(60)),
                            current.unit(),
                            "bench raise"));
                }
            }
        }
        return out;
    }

    /** Fixed bench keys (bench data only), so {@code -Dbench.reuse=true} opens what an earlier run sealed. */
    private static PiiProperties keys() {
        SecureRandom random = seeded();
        return new PiiProperties(key(random), key(random), key(random));
    }

    private static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(0x5eedL);
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(SecureRandom random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
