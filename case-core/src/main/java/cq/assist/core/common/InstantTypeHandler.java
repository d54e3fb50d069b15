package cq.assist.core.common;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.protocol.ServerSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.springframework.stereotype.Component;

/**
 * Binds {@link Instant} parameters of every MyBatis mapper with their milliseconds, also on MariaDB 10.x.
 *
 * <p>Why: MariaDB 10.x greets a client as {@code 5.5.5-10.11.19-MariaDB} (the {@code 5.5.5-} prefix kept for
 * old replicas; MariaDB 11 dropped it). MySQL Connector/J reads that as MySQL 5.5.5, older than 5.6.4, the first
 * MySQL with fractional seconds, so it cuts the fraction off every temporal parameter it encodes
 * ({@code NativeCapabilities.serverSupportsFracSecs()}, checked in each value encoder), whatever
 * {@code sendFractionalSeconds} says and although every column is {@code DATETIME(3)} or {@code TIMESTAMP(3)}.
 * Reading is not affected. On such a connection this handler sends the instant as the text Connector/J would
 * have sent (the wall-clock time in the connection's time zone, as {@code preserveInstants} and
 * {@code connectionTimeZone} choose it), with its fraction. Everywhere else (MySQL 8, MariaDB 11, H2, a URL
 * with {@code sendFractionalSeconds=false}) it binds the instant as MyBatis' own handler does (a
 * {@code Timestamp}, which Connector/J writes in that same zone); reading is MyBatis' own.
 *
 * <p>Spring Boot's MyBatis auto-configuration registers every {@code TypeHandler} bean, so the apps use it
 * without configuration. Not covered: Flowable's own tables, written by the engine's MyBatis, keep whole
 * seconds on MariaDB 10.x (timers and history only; the case tables hold the truth).
 */
@Component
@MappedTypes(Instant.class)
public class InstantTypeHandler extends org.apache.ibatis.type.InstantTypeHandler {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Instant parameter, JdbcType jdbcType)
            throws SQLException {
        TimeZone zone = parameter.getNano() == 0 ? null : zoneIfFractionWouldBeCut(ps.getConnection());
        if (zone == null) {
            super.setNonNullParameter(ps, i, parameter, jdbcType);
        } else {
            ps.setString(i, LocalDateTime.ofInstant(parameter, zone.toZoneId()).format(TEXT));
        }
    }

    /**
     * Binds {@code value} (null allowed) as this handler binds a mapper's parameter: for plain JDBC code outside
     * MyBatis, such as the screening's batch writer.
     */
    public static void bind(PreparedStatement ps, int i, Instant value) throws SQLException {
        new InstantTypeHandler().setParameter(ps, i, value, JdbcType.TIMESTAMP);
    }

    /**
     * The time zone Connector/J writes instants in when it would drop their fraction on this connection, else
     * null.
     */
    static TimeZone zoneIfFractionWouldBeCut(Connection connection) throws SQLException {
        if (connection == null || !connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        JdbcConnection mysql = connection.unwrap(JdbcConnection.class);
        ServerSession server = mysql.getSession().getServerSession();
        boolean sendsFraction = mysql.getPropertySet()
                .getBooleanProperty(PropertyKey.sendFractionalSeconds)
                .getValue();
        if (server.getCapabilities().serverSupportsFracSecs() || !sendsFraction) {
            return null;
        }
        boolean preserveInstants = mysql.getPropertySet()
                .getBooleanProperty(PropertyKey.preserveInstants)
                .getValue();
        return preserveInstants ? server.getSessionTimeZone() : server.getDefaultTimeZone();
    }
}
