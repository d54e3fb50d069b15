package cq.assist.web.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MariaDB database from an older build of main upgrades with the apps' setting (see
 * {@link OldDatabaseUpgradeTest}), on a database of its own beside the run's (name + {@code _upgrade}),
 * dropped afterwards.
 */
class OldDatabaseUpgradeIT {

    @TempDir
    Path scratch;

    private final String runUrl = System.getProperty("spring.datasource.url");
    private final String user = System.getProperty("spring.datasource.username");
    private final String password = System.getProperty("spring.datasource.password", "");
    private final String url = ownDatabase(runUrl);

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + databaseName(url));
        }
    }

    @Test
    void anOldDatabaseUpgradesWithTheAppsSetting() throws SQLException {
        OldDatabases.createOld(url, user, password, scratch);
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                    + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                    + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes, id_card_file_id,"
                    + " submitted_at, create_by) VALUES ('app-old', 'OLD1', 'CLOSED', 'SELF', 'acc', 'x', x'00',"
                    + " 'h', x'00', 'p', '500103001001', x'00', FALSE, 0, 'ILLNESS,DISABILITY', 'f', NOW(), 'it')");
            s.execute("INSERT INTO home_visit (case_id, worker_account, findings_enc, recommendation, latitude,"
                    + " longitude, visited_at) VALUES ('case-old', 'w', x'00', 'SUPPORT', 29.556, 106.568, NOW())");
        }

        Flyway flyway = OldDatabases.upgrade(url, user, password, OldDatabases.appsOutOfOrder());

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(OldDatabases.applied(flyway)).containsSubsequence("91", "60", "87", "92");
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet tables = s.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.TABLES"
                                + " WHERE TABLE_SCHEMA = DATABASE()"
                                + " AND TABLE_NAME IN ('household_claim', 'payment_roll', 'monitoring_run', 'charity_request')")) {
            tables.next();
            assertThat(tables.getInt(1))
                    .as("tables of the migrations applied out of order")
                    .isEqualTo(4);
        }
        // V111: the old clear causes and GPS position were carried over encrypted, the clear columns are gone
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            try (ResultSet app = s.executeQuery("SELECT * FROM application WHERE id = 'app-old'")) {
                app.next();
                for (int i = 1; i <= app.getMetaData().getColumnCount(); i++) {
                    assertThat(app.getMetaData().getColumnName(i)).isNotEqualToIgnoringCase("hardship_causes");
                }
                byte[] causes = app.getBytes("hardship_causes_enc");
                assertThat(new String(causes, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain("ILLNESS");
                assertThat(OldDatabases.CIPHER.decrypt(
                                cq.assist.core.pii.PiiField.APPLICATION_HARDSHIP_CAUSES, "app-old", causes))
                        .isEqualTo("ILLNESS,DISABILITY");
            }
            try (ResultSet visit = s.executeQuery("SELECT * FROM home_visit WHERE case_id = 'case-old'")) {
                visit.next();
                for (int i = 1; i <= visit.getMetaData().getColumnCount(); i++) {
                    assertThat(visit.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT))
                            .isNotIn("latitude", "longitude");
                }
                assertThat(OldDatabases.CIPHER.decrypt(
                                cq.assist.core.pii.PiiField.VISIT_LOCATION, "case-old", visit.getBytes("location_enc")))
                        .isEqualTo("29.556000,106.568000");
            }
        }
    }

    /** The run's JDBC URL with the database name suffixed {@code _upgrade}. */
    static String ownDatabase(String url) {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        return url.substring(0, slash + 1) + name + "_upgrade" + (query < 0 ? "" : url.substring(query));
    }

    private static String databaseName(String url) {
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    }
}
