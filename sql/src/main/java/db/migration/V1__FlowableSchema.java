package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the Flowable engine tables from Flowable's own create scripts, so that Flyway owns all DDL
 * (TECH-NOTES pitfall 2: Flowable's own table creation on MariaDB drops timestamp precision).
 *
 * <p>The scripts are read from the Flowable jars on the classpath; a missing script fails the migration.
 */
public class V1__FlowableSchema extends BaseJavaMigration {

    private static final List<String> SCRIPTS = List.of(
            "org/flowable/common/db/create/flowable.%s.create.common.sql",
            "org/flowable/idm/db/create/flowable.%s.create.identity.sql",
            "org/flowable/db/create/flowable.%s.create.engine.sql",
            "org/flowable/db/create/flowable.%s.create.history.sql",
            "org/flowable/eventregistry/db/create/flowable.%s.create.eventregistry.sql");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String dialect = dialectOf(connection);
        try (Statement statement = connection.createStatement()) {
            for (String script : SCRIPTS) {
                for (String sql : statementsOf(String.format(script, dialect))) {
                    statement.execute(dialect.equals("h2") ? toMySqlMode(sql) : sql);
                }
            }
        }
    }

    /**
     * Flowable's H2 scripts use H2's native {@code identity} column type, which H2's MySQL mode refuses.
     * ({@code SET MODE} cannot help: it is database-wide and other pooled connections reset it.)
     */
    static String toMySqlMode(String sql) {
        return IDENTITY_COLUMN.matcher(sql).replaceAll("$1 bigint auto_increment");
    }

    private static final java.util.regex.Pattern IDENTITY_COLUMN =
            java.util.regex.Pattern.compile("(?i)\\b(\\w+)\\s+identity\\b");

    static String dialectOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return "mysql";
        }
        throw new IllegalStateException("Unsupported database for the Flowable schema: " + product);
    }

    static List<String> statementsOf(String resource) throws IOException {
        ClassLoader loader = V1__FlowableSchema.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Flowable create script not on the classpath: " + resource);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().trim();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }
}
