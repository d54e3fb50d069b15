package cq.assist.web.config;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * MySQL Connector/J settings for the apps' pool, applied to every {@code jdbc:mysql:} URL (production,
 * the integration tests, the load harness) and never to H2. A setting already in the URL wins. Why each
 * (measured with {@code scripts/bench-load.sh}, BENCHMARKS.md "Intake and fan-out under load"):
 *
 * <ul>
 *   <li>{@code cachePrepStmts}, {@code prepStmtCacheSize=1000}, {@code prepStmtCacheSqlLimit=16384}: keep the
 *       parsed form of each statement per connection. Flowable's statements are longer than the driver's
 *       default limit of 256 characters and more than its default 25 per connection, so with the
 *       defaults every statement was parsed again ({@code QueryInfo.<init>} was the top of the profile).
 *   <li>{@code useLocalSessionState}, {@code useLocalTransactionState}: no round trip to set auto-commit,
 *       isolation or read-only when it is already so, and no commit/rollback of a transaction that sent
 *       nothing.
 *   <li>{@code readOnlyPropagatesToServer=false}: a {@code readOnly} Spring transaction sends no
 *       {@code SET SESSION TRANSACTION READ ONLY} (and back) around each read.
 *   <li>{@code rewriteBatchedStatements}: a JDBC batch of inserts goes as one multi-row statement.
 *   <li>{@code cacheServerConfiguration}, {@code maintainTimeStats=false}: no server-variable query per new
 *       connection, no clock reads per statement.
 * </ul>
 */
@Component
class MySqlDriverTuning implements BeanPostProcessor {

    static final Map<String, String> SETTINGS = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "1000",
            "prepStmtCacheSqlLimit", "16384",
            "useLocalSessionState", "true",
            "useLocalTransactionState", "true",
            "readOnlyPropagatesToServer", "false",
            "rewriteBatchedStatements", "true",
            "cacheServerConfiguration", "true",
            "maintainTimeStats", "false");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:mysql:")) {
            SETTINGS.forEach((key, value) -> {
                if (!pool.getJdbcUrl().contains(key + "=")) {
                    pool.addDataSourceProperty(key, value);
                }
            });
        }
        return bean;
    }
}
