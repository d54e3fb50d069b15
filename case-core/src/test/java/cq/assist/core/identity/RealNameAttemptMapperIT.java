package cq.assist.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.testdb.MariaDb;
import java.time.Instant;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link RealNameAttemptMapper} on MariaDB: an account's real-name checks are counted from a time, the oldest of
 * the window found, one refused check taken back exactly, and old checks forgotten, never another account's.
 */
class RealNameAttemptMapperIT {

    private static final Instant OLD = Instant.parse("2000-01-10T02:00:00.123Z");
    private static final Instant SINCE = Instant.parse("2000-06-01T00:00:00Z");
    private static final Instant RECENT = Instant.parse("2000-12-01T02:00:00.456Z");
    private static final Instant LATER = Instant.parse("2000-12-01T03:00:00.789Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String account = "acc-" + UUID.randomUUID();
    private final String other = "acc-" + UUID.randomUUID();
    private SqlSession session;
    private RealNameAttemptMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(RealNameAttemptMapper.class);
        mapper = session.getMapper(RealNameAttemptMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        jdbc.update("DELETE FROM real_name_attempt WHERE account_id IN (?, ?)", account, other);
    }

    @Test
    void checksAreCountedPerAccountFromATimeWithTheOldestOfTheWindow() {
        mapper.insert(account, OLD);
        mapper.insert(account, RECENT);
        mapper.insert(account, LATER);
        mapper.insert(other, RECENT);

        assertThat(mapper.countSince(account, SINCE)).isEqualTo(2);
        assertThat(mapper.countSince(account, OLD)).isEqualTo(3);
        assertThat(mapper.selectOldestSince(account, SINCE)).isEqualTo(RECENT);
        assertThat(mapper.selectOldestSince(account, LATER.plusSeconds(1))).isNull();
        assertThat(mapper.countSince("nobody-" + UUID.randomUUID(), OLD)).isZero();
    }

    @Test
    void oneRefusedCheckIsTakenBackAndOldOnesAreForgottenOfThisAccountOnly() {
        mapper.insert(account, OLD);
        mapper.insert(account, LATER);
        mapper.insert(account, LATER);
        mapper.insert(other, OLD);

        assertThat(mapper.deleteOne(account, LATER)).isEqualTo(1);
        assertThat(mapper.deleteOne(account, RECENT)).isZero();
        assertThat(mapper.deleteBefore(account, SINCE)).isEqualTo(1);

        assertThat(mapper.countSince(account, OLD)).isEqualTo(1);
        assertThat(mapper.countSince(other, OLD)).isEqualTo(1);
    }
}
