package cq.assist.web.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads rows as the database holds them, every column of the row (binary columns as their raw bytes, read as
 * ISO-8859-1 so each byte is one character), to prove that a value is not stored in clear anywhere in the row
 * (review M11, M10).
 */
public final class RawRows {

    private RawRows() {}

    /**
     * Every column of the rows {@code SELECT * FROM <table> WHERE <where>} finds, as text; fails when no row is
     * found (an assertion about no rows proves nothing).
     */
    public static List<String> of(JdbcTemplate jdbc, String table, String where, Object... args) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table + " WHERE " + where, args);
        assertThat(rows).as("rows of %s where %s", table, where).isNotEmpty();
        return rows.stream()
                .flatMap(row -> row.values().stream())
                .map(RawRows::text)
                .toList();
    }

    /** Asserts that no column of the rows holds any of the clear values. */
    public static void assertNoneHolds(JdbcTemplate jdbc, String table, String where, Object arg, String... clear) {
        List<String> values = of(jdbc, table, where, arg);
        for (String value : clear) {
            assertThat(values).as("%s rows hold \"%s\" in clear", table, value).noneMatch(v -> v.contains(value));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return value.toString();
    }
}
