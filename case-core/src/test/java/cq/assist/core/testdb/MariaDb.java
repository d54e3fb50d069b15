package cq.assist.core.testdb;

import com.zaxxer.hikari.HikariDataSource;
import cq.assist.core.common.InstantTypeHandler;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The MariaDB database of case-core's mapper tests ({@code *IT}, Failsafe): the run's database as the
 * failsafe configuration names it ({@code spring.datasource.url}, from {@code -Dit.db.name}), suffixed
 * {@code _core} so the apps' ITs later in the run never see these rows; migrated once per test JVM with
 * the real Flyway scripts through Connector/J, and dropped when the JVM ends. Mappers are opened with the
 * apps' MyBatis settings and their XML beside them; rows are checked with plain JDBC ({@link #jdbc()}).
 */
public final class MariaDb {

    private static HikariDataSource dataSource;

    private MariaDb() {}

    /** The migrated database (created and migrated on first use). */
    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            String url = ownDatabase(required("spring.datasource.url"));
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl(url);
            ds.setUsername(required("spring.datasource.username"));
            ds.setPassword(System.getProperty("spring.datasource.password", ""));
            ds.setMaximumPoolSize(4);
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    // the apps hand Flyway their Java migrations that need the data keys (Spring beans)
                    .javaMigrations(new cq.assist.core.pii.V111__HardshipCausesAndVisitLocationEncrypted(
                            cq.assist.core.fixtures.CaseFixtures.cipher()))
                    .outOfOrder(true)
                    .load()
                    .migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(ds, databaseName(url))));
            dataSource = ds;
        }
        return dataSource;
    }

    /** Plain JDBC on the same database, to set rows up and check what a mapper wrote. */
    public static JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    /**
     * An auto-committing MyBatis session that knows {@code mappers} (each loads the XML at its own package
     * path), configured as the apps configure MyBatis ({@code assist-common.yml}, and the {@link InstantTypeHandler}
     * bean they register). Close it after use.
     */
    public static SqlSession session(Class<?>... mappers) {
        Configuration configuration =
                new Configuration(new Environment("it", new JdbcTransactionFactory(), dataSource()));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setShrinkWhitespacesInSql(true);
        configuration.setDefaultStatementTimeout(30);
        configuration.getTypeHandlerRegistry().register(new InstantTypeHandler());
        for (Class<?> mapper : mappers) {
            configuration.addMapper(mapper);
        }
        SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(configuration);
        return factory.openSession(true);
    }

    /** The run's JDBC URL with the database name suffixed {@code _core}. */
    static String ownDatabase(String url) {
        String name = databaseName(url);
        int start = url.indexOf('/', "jdbc:mysql://".length()) + 1;
        return url.substring(0, start) + name + "_core" + url.substring(start + name.length());
    }

    private static String databaseName(String url) {
        int start = url.indexOf('/', "jdbc:mysql://".length()) + 1;
        int query = url.indexOf('?', start);
        return query < 0 ? url.substring(start) : url.substring(start, query);
    }

    private static void drop(HikariDataSource ds, String name) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        } catch (SQLException e) {
            System.err.println("could not drop the test database " + name + ": " + e.getMessage());
        } finally {
            ds.close();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: run ITs through Failsafe (mvn verify)");
        }
        return value;
    }
}
