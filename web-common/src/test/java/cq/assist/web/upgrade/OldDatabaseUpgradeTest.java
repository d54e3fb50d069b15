package cq.assist.web.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's default database ({@code ./data}, H2 in MySQL mode) from an older build of main upgrades
 * when the apps start: the migrations numbered below the newest applied one are applied out of order
 * ({@code spring.flyway.out-of-order} in {@code assist-common.yml}). The same on MariaDB:
 * {@link OldDatabaseUpgradeIT}.
 */
class OldDatabaseUpgradeTest {

    @TempDir
    Path scratch;

    private final String url = "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1";

    @Test
    void theAppsApplyMigrationsOutOfOrder() {
        assertThat(OldDatabases.appsOutOfOrder()).isTrue();
    }

    @Test
    void anOldDatabaseUpgradesWithTheAppsSetting() {
        OldDatabases.createOld(url, "sa", "", scratch);

        Flyway flyway = OldDatabases.upgrade(url, "sa", "", OldDatabases.appsOutOfOrder());

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(OldDatabases.applied(flyway))
                .as("applied, in the order applied")
                .containsSubsequence("70", "90", "91", "60", "62", "71", "87", "92")
                .hasSize(flyway.info().all().length);
        flyway.validate();
    }

    @Test
    void inOrderOnlyAnOldDatabaseIsRefused() {
        OldDatabases.createOld(url, "sa", "", scratch);

        assertThatThrownBy(() -> OldDatabases.upgrade(url, "sa", "", false))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("60");
    }
}
