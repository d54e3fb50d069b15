package cq.assist.bench.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MariaDB counters around a phase. {@code SHOW GLOBAL STATUS} covers the whole server (other builds on
 * the machine add to it); {@code INFORMATION_SCHEMA.USER_STATISTICS} (MariaDB, needs {@code userstat=ON})
 * counts only the connections of the apps' own database user, CPU time of the server included.
 */
final class DbStats {

    static final List<String> GLOBAL = List.of(
            "Questions", "Com_select", "Com_insert", "Com_update", "Com_delete", "Com_commit", "Innodb_data_fsyncs");

    private DbStats() {}

    /** The global counters above. */
    static Map<String, Long> global(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                if (GLOBAL.contains(rs.getString(1))) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /**
     * The user's row of USER_STATISTICS: statements by kind and server CPU milliseconds; empty when
     * userstat is off.
     */
    static Map<String, Double> user(Connection c, String user) throws SQLException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (var ps = c.prepareStatement("SELECT SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS,"
                + " COMMIT_TRANSACTIONS, ROLLBACK_TRANSACTIONS, ROWS_READ, ROWS_INSERTED, ROWS_UPDATED,"
                + " CPU_TIME, BUSY_TIME FROM INFORMATION_SCHEMA.USER_STATISTICS WHERE USER = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String[] names = {
                        "selects",
                        "writes",
                        "other",
                        "commits",
                        "rollbacks",
                        "rows_read",
                        "rows_inserted",
                        "rows_updated",
                        "cpu_s",
                        "busy_s"
                    };
                    for (int i = 0; i < names.length; i++) {
                        out.put(names[i], rs.getDouble(i + 1));
                    }
                }
            }
        }
        return out;
    }

    static <N extends Number> Map<String, Double> delta(Map<String, N> before, Map<String, N> after) {
        Map<String, Double> d = new LinkedHashMap<>();
        after.forEach((k, v) -> d.put(
                k, v.doubleValue() - (before.containsKey(k) ? before.get(k).doubleValue() : 0)));
        return d;
    }
}
