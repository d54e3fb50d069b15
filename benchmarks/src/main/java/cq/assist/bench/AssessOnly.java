package cq.assist.bench;

import cq.assist.core.rules.Assessor;
import cq.assist.core.rules.PolicyParameters;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Ceiling check: maps and assesses households already in memory on one thread (no database in the loop). */
public final class AssessOnly {

    private AssessOnly() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        PolicyParameters p = PolicyParameters.of(
                BenchData.parameters(Path.of("seeds/src/main/resources/seeds/reference/40_policy_parameter.csv")));
        List<BenchHousehold> rows = new ArrayList<>(n);
        try (Connection c = BulkReassessment.connect(BulkReassessment.URL);
                Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("SELECT " + BenchHousehold.COLUMNS + " FROM bench_household LIMIT " + n)) {
                while (rs.next()) {
                    rows.add(BenchHousehold.read(rs));
                }
            }
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long sink = 0;
            for (BenchHousehold h : rows) {
                sink += OutcomeHash.of(Assessor.assess(h.toSnapshot(), p, LocalDate.of(2026, 7, 1)));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "round %d: %,d households in %.2f s = %,.0f/s on one thread (%d)%n",
                    round, rows.size(), s, rows.size() / s, sink & 1);
        }
    }
}
