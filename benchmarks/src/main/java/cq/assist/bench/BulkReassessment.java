package cq.assist.bench;

import cq.assist.core.rules.Assessor;
import cq.assist.core.rules.ParameterRow;
import cq.assist.core.rules.PolicyParameters;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bulk re-assessment after a 低保 standard rise. Run:
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar cq.assist.bench.BulkReassessment
 * [households=1000000] [rowByRowSample=20000] [workers=2] [parameters CSV]}.
 * Uses its own database {@code assist_bench} (system property {@code bench.url} overrides the JDBC URL);
 * {@code -Dbench.reuse=true} skips generation and re-runs on the rows already there.
 */
public final class BulkReassessment {

    static final String URL = System.getProperty(
            "bench.url",
            "jdbc:mysql://127.0.0.1:3306/assist_bench?createDatabaseIfNotExist=true&useSSL=false"
                    + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&cachePrepStmts=true"
                    + "&useServerPrepStmts=false");
    private static final LocalDate BEFORE = LocalDate.of(2026, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2026, 7, 1);

    private BulkReassessment() {}

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path csv =
                Path.of(args.length > 3 ? args[3] : "seeds/src/main/resources/seeds/reference/40_policy_parameter.csv");
        List<ParameterRow> rows = BenchData.parameters(csv);
        PolicyParameters before = PolicyParameters.of(rows);
        PolicyParameters after = PolicyParameters.of(withRaise(rows));
        System.out.printf(
                "max heap %d MB, %d processors, %d workers%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), workers);

        HeapSampler heap = HeapSampler.start();
        long t0 = System.nanoTime();
        if (Boolean.getBoolean("bench.reuse")) {
            System.out.println("reusing the existing bench_household rows (-Dbench.reuse=true)");
        } else {
            try (Connection c = connect(URL)) {
                BenchData.create(c);
                BenchData.generate(c, households, 42);
            }
            report("generate", households, t0, -1);
        }

        runPipeline("before the raise (first pass, JIT cold)", before, BEFORE, workers, households);
        double bulkRate = runPipeline("after the 低保 raise", after, AFTER, workers, households);
        runPipeline("again, nothing changed", after, AFTER, workers, households);

        double rowRate = rowByRow(after, AFTER, sample, households);
        System.out.printf("ratio pipeline (after the raise) / row-by-row: %.1fx%n", bulkRate / rowRate);
        System.out.printf(
                "peak heap used (sampled every 50 ms): %d MB; sum of pool peaks: %d MB%n",
                heap.stop() >> 20, peakHeapBytes() >> 20);
    }

    private static double runPipeline(String label, PolicyParameters p, LocalDate date, int workers, int n)
            throws Exception {
        ReassessmentPipeline pipeline = new ReassessmentPipeline(URL, p, date, workers);
        long t0 = System.nanoTime();
        pipeline.run();
        return report(label, pipeline.processed.get(), t0, pipeline.changed.get());
    }

    /** Row by row: select one household, assess, update one row (autocommit), for a random sample. */
    private static double rowByRow(PolicyParameters p, LocalDate date, int sample, int households) throws SQLException {
        SplittableRandom random = new SplittableRandom(7);
        long changed = 0;
        long t0 = System.nanoTime();
        try (Connection c = connect(URL);
                PreparedStatement select =
                        c.prepareStatement("SELECT " + BenchHousehold.COLUMNS + " FROM bench_household WHERE id = ?")) {
            for (int i = 0; i < sample; i++) {
                select.setLong(1, 1 + random.nextInt(households));
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    BenchHousehold h = BenchHousehold.read(rs);
                    long outcome = OutcomeHash.of(Assessor.assess(h.toSnapshot(), p, date));
                    changed += ReassessmentPipeline.singleRowUpdate(c, h.id(), outcome);
                }
            }
        }
        return report("row by row (sample, writes every row)", sample, t0, changed);
    }

    /** Every 低保 standard row in force (city and districts) rises by 60 yuan from {@link #AFTER}. */
    private static List<ParameterRow> withRaise(List<ParameterRow> rows) {
        List<ParameterRow> raised = new ArrayList<>(rows);
        for (ParameterRow row : rows) {
            boolean standard = row.key().startsWith("DIBAO_STANDARD_");
            boolean inForce = !row.effectiveFrom().isAfter(BEFORE)
                    && rows.stream()
                            .noneMatch(o -> o.key().equals(row.key())
                                    && o.regionCode().equals(row.regionCode())
                                    && o.effectiveFrom().isAfter(row.effectiveFrom())
                                    && !o.effectiveFrom().isAfter(BEFORE));
            if (standard && inForce) {
                raised.add(new ParameterRow(
                        row.key(),
                        row.regionCode(),
                        AFTER,
                        row.value().add(BigDecimal.valueOf(60)),
                        row.unit(),
                        "benchmark raise"));
            }
        }
        return raised;
    }

    private static double report(String label, long n, long t0, long changed) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = n / seconds;
        System.out.printf(
                "%-40s %,10d households in %7.2f s = %,10.0f households/s%s%n",
                label, n, seconds, rate, changed < 0 ? "" : String.format(", changed %,d", changed));
        return rate;
    }

    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(
                url, System.getProperty("bench.user", "root"), System.getProperty("bench.password", ""));
    }
}
