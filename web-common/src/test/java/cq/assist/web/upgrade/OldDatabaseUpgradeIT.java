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
