package cq.assist.bench;

import cq.assist.core.rules.ParameterRow;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Creates and fills the harness's own {@code bench_household} table, and reads the seeded parameters. */
final class BenchData {

    private static final String[] REGIONS = {"500103001001", "500105001001", "500111001001", "500154001001"};
    private static final int BATCH = 2000;

    private BenchData() {}

    static void create(Connection c) throws SQLException {
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            members.append(
                            " m%d_birth INT NOT NULL DEFAULT 0, m%d_wage INT NOT NULL DEFAULT 0, m%d_pension INT NOT NULL DEFAULT 0,"
                                    .formatted(i, i, i))
                    .append(" m%d_grade TINYINT NOT NULL DEFAULT 0, m%d_emp TINYINT NOT NULL DEFAULT 0,"
                            .formatted(i, i));
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_household");
            s.execute(
                    "CREATE TABLE bench_household (id BIGINT NOT NULL PRIMARY KEY, region_code CHAR(12) NOT NULL DEFAULT '',"
                            + " urban BOOLEAN NOT NULL DEFAULT TRUE, member_count TINYINT NOT NULL DEFAULT 1," + members
                            + " deposits INT NOT NULL DEFAULT 0, homes TINYINT NOT NULL DEFAULT 0, area_sqm SMALLINT NOT NULL DEFAULT 0,"
                            + " vehicles TINYINT NOT NULL DEFAULT 0, medical INT NOT NULL DEFAULT 0, causes SMALLINT NOT NULL DEFAULT 0,"
                            + " last_outcome BIGINT NOT NULL DEFAULT 0) ENGINE=InnoDB");
        }
    }

    /** Inserts {@code count} random households with multi-row batched INSERTs (rewriteBatchedStatements). */
    static void generate(Connection c, int count, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        String marks = "?,".repeat(26);
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_household (" + BenchHousehold.COLUMNS
                + ") VALUES (" + marks.substring(0, marks.length() - 1) + ")")) {
            for (int id = 1; id <= count; id++) {
                fill(ps, id, random);
                ps.addBatch();
                if (id % BATCH == 0 || id == count) {
                    ps.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
    }

    private static void fill(PreparedStatement ps, long id, SplittableRandom r) throws SQLException {
        int n = 1 + r.nextInt(3);
        int k = 1;
        ps.setLong(k++, id);
        ps.setString(k++, REGIONS[r.nextInt(REGIONS.length)]);
        ps.setBoolean(k++, r.nextInt(4) != 0);
        ps.setInt(k++, n);
        for (int i = 0; i < 3; i++) {
            boolean present = i < n;
            int age = i == 2 ? r.nextInt(25) : 20 + r.nextInt(70);
            ps.setInt(k++, (int) LocalDate.of(2026, 1, 1)
                    .minusYears(age)
                    .minusDays(r.nextInt(365))
                    .toEpochDay());
            ps.setInt(k++, present && r.nextInt(3) == 0 ? r.nextInt(3000) : 0);
            ps.setInt(k++, present && age >= 60 ? r.nextInt(1500) : 0);
            ps.setInt(k++, present && r.nextInt(8) == 0 ? 1 + r.nextInt(4) : 0);
            ps.setInt(k++, r.nextInt(5));
        }
        ps.setInt(k++, r.nextInt(8) == 0 ? r.nextInt(100_000) : r.nextInt(8000));
        ps.setInt(k++, r.nextInt(3) == 0 ? 1 : 0);
        ps.setInt(k++, 10 + r.nextInt(90));
        ps.setInt(k++, r.nextInt(10) == 0 ? 1 : 0);
        ps.setInt(k++, r.nextInt(5) == 0 ? r.nextInt(60_000) : 0);
        ps.setInt(k++, r.nextInt(1 << 9));
        ps.setLong(k, 0L);
    }

    /** The seeded parameter rows ({@code 40_policy_parameter.csv}). */
    static List<ParameterRow> parameters(Path csv) throws IOException {
        List<ParameterRow> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setCommentMarker('#')
                    .setIgnoreSurroundingSpaces(true)
                    .get();
            for (CSVRecord r : format.parse(reader)) {
                rows.add(new ParameterRow(
                        r.get(0), r.get(1), LocalDate.parse(r.get(2)), new BigDecimal(r.get(3)), r.get(4), r.get(5)));
            }
        }
        return rows;
    }
}
