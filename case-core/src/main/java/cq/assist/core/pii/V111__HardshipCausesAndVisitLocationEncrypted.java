package cq.assist.core.pii;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V111 (review M11, issue 7): the applicant's declared causes of hardship (health data) and the
 * home visit's GPS position leave the clear. It adds {@code application.hardship_causes_enc} ({@link
 * PiiField#APPLICATION_HARDSHIP_CAUSES}) and {@code home_visit.location_enc} ({@link PiiField#VISIT_LOCATION},
 * {@code latitude,longitude}), encrypts every existing row's value into them bound to its row, checks that no
 * clear value is left without its ciphertext, and only then drops {@code application.hardship_causes} and
 * {@code home_visit.latitude} / {@code longitude}.
 *
 * <p>Why a Java migration holding the data keys, and not the codebase's earlier way: the values written before
 * binding were moved by {@link UnboundValuesAtStart} at every start, after Flyway, in columns that stay. Here the
 * clear columns must go, and a later SQL migration dropping them would run in the same upgrade before any start
 * step could copy them: the values would be lost. So the copy runs inside the migration, with the same {@link
 * PiiCipher} the application uses. It is a Spring bean, and Spring Boot hands every {@code JavaMigration} bean to
 * Flyway ({@code FlywayAutoConfiguration}); a plain Flyway run without the application's context does not see it
 * (and with {@code out-of-order} the application applies it at its next start).
 *
 * <p>Re-runnable after a failure part-way (MariaDB commits each DDL statement): a column is added or dropped only
 * when it is (still) there, and only rows without a ciphertext are encrypted. Runs on MariaDB and on H2 in MySQL
 * mode (the demo). Cost: one select and one update per row, in pages of {@value #PAGE} rows by primary key.
 */
@Component
public class V111__HardshipCausesAndVisitLocationEncrypted extends BaseJavaMigration {

    private static final int PAGE = 500;

    private final PiiCipher cipher;

    public V111__HardshipCausesAndVisitLocationEncrypted(PiiCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    /** The migration on a connection (tests call it directly). */
    void migrate(Connection connection) throws SQLException {
        if (!hasColumn(connection, "application", "hardship_causes_enc")) {
            execute(
                    connection,
                    "ALTER TABLE application ADD COLUMN hardship_causes_enc VARBINARY(512) NULL"
                            + " COMMENT 'comma-separated causes stated by the applicant (health data), AES-GCM encrypted'");
        }
        if (!hasColumn(connection, "home_visit", "location_enc")) {
            execute(
                    connection,
                    "ALTER TABLE home_visit ADD COLUMN location_enc VARBINARY(255) NULL"
                            + " COMMENT 'GPS position at the visit (latitude,longitude), AES-GCM encrypted'");
        }
        if (hasColumn(connection, "application", "hardship_causes")) {
            encryptCauses(connection);
            requireNone(
                    connection,
                    "SELECT COUNT(*) FROM application WHERE hardship_causes IS NOT NULL AND hardship_causes_enc IS NULL");
            execute(connection, "ALTER TABLE application DROP COLUMN hardship_causes");
        }
        if (hasColumn(connection, "home_visit", "latitude")) {
            encryptLocations(connection);
            requireNone(
                    connection,
                    "SELECT COUNT(*) FROM home_visit WHERE (latitude IS NOT NULL OR longitude IS NOT NULL)"
                            + " AND location_enc IS NULL");
            execute(connection, "ALTER TABLE home_visit DROP COLUMN latitude");
            execute(connection, "ALTER TABLE home_visit DROP COLUMN longitude");
        }
    }

    private void encryptCauses(Connection connection) throws SQLException {
        String after = "";
        while (true) {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, hardship_causes FROM application WHERE id > ? AND hardship_causes IS NOT NULL"
                            + " AND hardship_causes_enc IS NULL ORDER BY id LIMIT " + PAGE)) {
                select.setString(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE application SET hardship_causes_enc = ? WHERE id = ?")) {
                for (String[] row : rows) {
                    update.setBytes(1, cipher.encrypt(PiiField.APPLICATION_HARDSHIP_CAUSES, row[0], row[1]));
                    update.setString(2, row[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = rows.get(rows.size() - 1)[0];
        }
    }

    private void encryptLocations(Connection connection) throws SQLException {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id, case_id, latitude, longitude FROM home_visit WHERE id > ?"
                            + " AND (latitude IS NOT NULL OR longitude IS NOT NULL) AND location_enc IS NULL"
                            + " ORDER BY id LIMIT " + PAGE)) {
                select.setLong(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
                        });
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE home_visit SET location_enc = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    String location = plain((BigDecimal) row[2]) + "," + plain((BigDecimal) row[3]);
                    update.setBytes(1, cipher.encrypt(PiiField.VISIT_LOCATION, (String) row[1], location));
                    update.setLong(2, (Long) row[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = (Long) rows.get(rows.size() - 1)[0];
        }
    }

    /** As the application writes it ({@code RecordingVisits.location}): plain decimal degrees, a missing one empty. */
    private static String plain(BigDecimal degrees) {
        return degrees == null ? "" : degrees.toPlainString();
    }

    private static void requireNone(Connection connection, String count) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(count)) {
            rs.next();
            if (rs.getLong(1) != 0) {
                throw new IllegalStateException(
                        "V111: " + rs.getLong(1) + " clear value(s) were not encrypted; the clear column is kept");
            }
        }
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement
                    .executeQuery("SELECT " + column + " FROM " + table + " WHERE 1 = 0")
                    .close();
            return true;
        } catch (SQLException missing) {
            return false;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
