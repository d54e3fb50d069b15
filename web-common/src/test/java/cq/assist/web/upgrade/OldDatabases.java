package cq.assist.web.upgrade;

import db.migration.V1__FlowableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * A database as an older build of main left it, and the upgrade the apps run on it. The older build is
 * main at 4f72581 (30 Nov, 05:18): V1-V51, V70, V90 and V91. Everything main added since, V60-V63,
 * V71-V72, V80-V81 and V85-V87, is numbered below V90/V91, so Flyway must apply it out of order; V92
 * and later come on top.
 */
final class OldDatabases {

    /** The SQL migrations of that build (V1 is Java: Flowable's schema). */
    static final List<String> OLD_SQL = List.of(
            "V2__reference_data.sql",
            "V3__accounts.sql",
            "V10__sms_login.sql",
            "V11__stored_file.sql",
            "V12__sms_phone_lock.sql",
            "V13__intake.sql",
            "V14__authorization.sql",
            "V20__staff_login_totp_step.sql",
            "V30__household_snapshot.sql",
            "V31__charity.sql",
            "V40__item_case.sql",
            "V41__charity_match.sql",
            "V42__assessment_parameters.sql",
            "V50__business_clock.sql",
            "V51__audit_log.sql",
            "V70__staff_sessions_and_inbox.sql",
            "V90__notice_outbox_sweep.sql",
            "V91__item_case_inbox.sql");

    private OldDatabases() {}

    /** Migrates an empty database to what the older build left (the same script files, so checksums match). */
    static void createOld(String url, String user, String password, Path scratch) {
        Path old = copyOldScripts(scratch);
        MigrateResult result = Flyway.configure()
                .dataSource(url, user, password)
                .locations("filesystem:" + old)
                .javaMigrations(new V1__FlowableSchema())
                .load()
                .migrate();
        if (!result.success || result.migrationsExecuted != OLD_SQL.size() + 1) {
            throw new IllegalStateException("old database not built: " + result.migrationsExecuted + " migrations");
        }
    }

    /** A cipher with random keys, as the apps' own {@code PiiCipher} bean (the Java migrations that need keys). */
    static final cq.assist.core.pii.PiiCipher CIPHER =
            new cq.assist.core.pii.PiiCipher(new cq.assist.core.pii.PiiProperties(
                    randomKey(), randomKey(), randomKey(), null, null, null, null, null, null, null));

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /**
     * Upgrades with today's migrations, as the apps do on start, with out-of-order as given: the scripts and Java
     * migrations of {@code db/migration}, and the Java migrations the apps hand Flyway as beans (V111, with {@link
     * #CIPHER}).
     */
    static Flyway upgrade(String url, String user, String password, boolean outOfOrder) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .javaMigrations(new cq.assist.core.pii.V111__HardshipCausesAndVisitLocationEncrypted(CIPHER))
                .outOfOrder(outOfOrder)
                .load();
        flyway.migrate();
        return flyway;
    }

    /** The versions applied, in the order they were. */
    static List<String> applied(Flyway flyway) {
        return java.util.Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .toList();
    }

    /** {@code spring.flyway.out-of-order} as the apps' shared settings ({@code assist-common.yml}) set it. */
    static boolean appsOutOfOrder() {
        try {
            List<PropertySource<?>> documents =
                    new YamlPropertySourceLoader().load("assist-common", new ClassPathResource("assist-common.yml"));
            Object value = documents.get(0).getProperty("spring.flyway.out-of-order");
            return value != null && Boolean.parseBoolean(value.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOldScripts(Path scratch) {
        try {
            Path dir = Files.createDirectories(scratch.resolve("old-migrations"));
            for (String name : OLD_SQL) {
                try (InputStream in = OldDatabases.class.getResourceAsStream("/db/migration/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("migration not on the classpath: " + name);
                    }
                    Files.copy(in, dir.resolve(name));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
