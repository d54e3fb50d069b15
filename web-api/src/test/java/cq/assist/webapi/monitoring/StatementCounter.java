package cq.assist.webapi.monitoring;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts the SQL statements this JVM sends to MariaDB, by their first word (SELECT, INSERT, UPDATE, DELETE, COMMIT,
 * SET, ...): a Connector/J query interceptor, named in {@code spring.datasource.hikari.data-source-properties}
 * by the tests that measure statements per unit of work ({@link AlertOutcomeScaleIT}). Every statement of a
 * JDBC batch counts on its own (the connection does not rewrite batches).
 */
public final class StatementCounter implements QueryInterceptor {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    /** The counts so far, by first word, upper case. */
    public static Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Each word's count in {@code after} minus its count in {@code before}. */
    public static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new TreeMap<>();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0) {
                out.put(k, d);
            }
        });
        return out;
    }

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        String text = sql == null ? null : sql.get();
        COUNTS.computeIfAbsent(firstWord(text), k -> new LongAdder()).increment();
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {}

    @Override
    public <T extends Resultset> T postProcess(
            Supplier<String> sql, Query interceptedQuery, T originalResultSet, ServerSession serverSession) {
        return null;
    }

    private static String firstWord(String sql) {
        if (sql == null) {
            return "?";
        }
        String s = sql.strip();
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i == 0 ? "?" : s.substring(0, i).toUpperCase(Locale.ROOT);
    }
}
