package cq.assist.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import cq.assist.core.testdb.MariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link InstantTypeHandler} on the run's MariaDB through Connector/J: an instant written with milliseconds
 * into {@code DATETIME(3)} and {@code TIMESTAMP(3)} columns reads back with them, and it lands on the same
 * wall-clock second the driver itself writes, under the apps' URL settings ({@code connectionTimeZone=SERVER}),
 * the driver's defaults, another zone and {@code preserveInstants=false}.
 */
class InstantTypeHandlerIT {

    private static final Instant AT = Instant.parse("2026-11-30T02:00:00.123Z");

    private final InstantTypeHandler handler = new InstantTypeHandler();

    private static List<String> urls() {
        String url = ((HikariDataSource) MariaDb.dataSource()).getJdbcUrl();
        String join = url.contains("?") ? "&" : "?";
        return List.of(
                url,
                url + join + "connectionTimeZone=SERVER",
                url + join + "connectionTimeZone=Asia/Shanghai",
                url + join + "preserveInstants=false");
    }

    @Test
    void writesAndReadsBackMillisecondsInTheDriversOwnTimeZone() throws SQLException {
        for (String url : urls()) {
            try (Connection c = DriverManager.getConnection(
                            url, System.getProperty("spring.datasource.username"), passwordOrEmpty());
                    Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE instant_probe (id INT PRIMARY KEY, dt DATETIME(3) NULL,"
                        + " ts TIMESTAMP(3) NULL)");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO instant_probe VALUES (?, ?, ?)")) {
                    insert.setInt(1, 1);
                    handler.setParameter(insert, 2, AT, null);
                    handler.setParameter(insert, 3, AT, null);
                    insert.executeUpdate();
                    insert.setInt(1, 2);
                    insert.setTimestamp(2, java.sql.Timestamp.from(AT.truncatedTo(ChronoUnit.SECONDS)));
                    insert.setTimestamp(3, java.sql.Timestamp.from(AT.truncatedTo(ChronoUnit.SECONDS)));
                    insert.executeUpdate();
                }
                try (ResultSet rs = s.executeQuery(
                        "SELECT id, dt, ts, CAST(dt AS CHAR), CAST(ts AS CHAR) FROM instant_probe ORDER BY id")) {
                    rs.next();
                    assertThat(handler.getResult(rs, 2)).as(url).isEqualTo(AT);
                    assertThat(handler.getResult(rs, 3)).as(url).isEqualTo(AT);
                    String dt = rs.getString(4);
                    String ts = rs.getString(5);
                    assertThat(dt).as(url).endsWith(".123");
                    rs.next();
                    assertThat(rs.getString(4))
                            .as("same wall clock as the driver writes, " + url)
                            .isEqualTo(whole(dt));
                    assertThat(rs.getString(5))
                            .as("same wall clock as the driver writes, " + url)
                            .isEqualTo(whole(ts));
                }
            }
        }
    }

    @Test
    void aWholeSecondAndNullAreBoundAsTheDriverBindsThem() throws SQLException {
        try (Connection c = MariaDb.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE instant_whole (id INT PRIMARY KEY, dt DATETIME(3) NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO instant_whole VALUES (?, ?)")) {
                insert.setInt(1, 1);
                handler.setParameter(insert, 2, AT.truncatedTo(ChronoUnit.SECONDS), null);
                insert.executeUpdate();
                insert.setInt(1, 2);
                handler.setParameter(insert, 2, null, org.apache.ibatis.type.JdbcType.TIMESTAMP);
                insert.executeUpdate();
            }
            try (ResultSet rs = s.executeQuery("SELECT dt FROM instant_whole ORDER BY id")) {
                rs.next();
                assertThat(handler.getResult(rs, "dt")).isEqualTo(AT.truncatedTo(ChronoUnit.SECONDS));
                rs.next();
                assertThat(handler.getResult(rs, "dt")).isNull();
            }
        }
    }

    /** {@code 2026-11-30 10:00:00.123} as the whole second the driver writes: {@code 2026-11-30 10:00:00.000}. */
    private static String whole(String text) {
        return text.substring(0, text.indexOf('.')) + ".000";
    }

    private static String passwordOrEmpty() {
        return System.getProperty("spring.datasource.password", "");
    }
}
