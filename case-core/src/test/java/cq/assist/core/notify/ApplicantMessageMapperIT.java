package cq.assist.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.testdb.MariaDb;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ApplicantMessageMapper} on MariaDB: the outbox keeps one message per application, code and channel,
 * exactly one caller may mark it sent, and the sweep finds only SMS still unsent.
 */
class ApplicantMessageMapperIT {

    /**
     * With milliseconds: Connector/J takes MariaDB 10.11 for "MySQL 5.5" and would send timestamps without
     * their fraction; {@code InstantTypeHandler} keeps it (TECH-NOTES pitfall 2).
     */
    private static final Instant QUEUED = Instant.parse("2099-03-01T02:00:00.123Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String applicationId = UUID.randomUUID().toString();
    private SqlSession session;
    private ApplicantMessageMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(ApplicantMessageMapper.class);
        mapper = session.getMapper(ApplicantMessageMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        jdbc.update("DELETE FROM application_notice WHERE application_id = ?", applicationId);
    }

    private ApplicantMessageRow message(String code, String channel, Instant at) {
        return new ApplicantMessageRow(null, applicationId, code, channel, "您的救助申请已办结。", null, at);
    }

    @Test
    void keepsOneMessagePerApplicationCodeAndChannel() {
        assertThat(mapper.insertIgnore(message("CLOSED", "SMS", QUEUED))).isEqualTo(1);
        assertThat(mapper.insertIgnore(message("CLOSED", "SMS", QUEUED.plusSeconds(5))))
                .isZero();
        assertThat(mapper.insertIgnore(message("CLOSED", "APP", QUEUED))).isEqualTo(1);

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT text_zh, create_time, sent_at FROM application_notice"
                        + " WHERE application_id = ? AND notice_code = 'CLOSED' AND channel = 'SMS'",
                applicationId);
        assertThat(row.get("text_zh")).isEqualTo("您的救助申请已办结。");
        assertThat(row.get("sent_at")).isNull();
        assertThat(mapper.selectByKey(applicationId, "CLOSED", "SMS").createTime())
                .isEqualTo(QUEUED);
        assertThat(mapper.selectByApplication(applicationId))
                .extracting(ApplicantMessageRow::channel)
                .containsExactly("SMS", "APP");
    }

    @Test
    void onlyOneCallerMarksAMessageSent() {
        mapper.insertIgnore(message("CLOSED", "SMS", QUEUED));
        long id = mapper.selectByKey(applicationId, "CLOSED", "SMS").id();

        assertThat(mapper.updateSent(id, QUEUED.plusSeconds(1))).isEqualTo(1);
        assertThat(mapper.updateSent(id, QUEUED.plusSeconds(2))).isZero();
        assertThat(mapper.selectByKey(applicationId, "CLOSED", "SMS").sentAt()).isEqualTo(QUEUED.plusSeconds(1));
    }

    @Test
    void theSweepFindsUnsentSmsQueuedBeforeTheCutOffOldestFirst() {
        mapper.insertIgnore(message("REMINDER", "SMS", QUEUED.plusSeconds(10)));
        mapper.insertIgnore(message("CLOSED", "SMS", QUEUED));
        mapper.insertIgnore(message("CLOSED", "APP", QUEUED));
        mapper.insertIgnore(message("LATE", "SMS", QUEUED.plus(1, ChronoUnit.HOURS)));
        mapper.insertIgnore(message("SENT", "SMS", QUEUED));
        mapper.updateSent(mapper.selectByKey(applicationId, "SENT", "SMS").id(), QUEUED);

        assertThat(mapper.selectUnsentSms(QUEUED.plusSeconds(60), 100))
                .filteredOn(m -> m.applicationId().equals(applicationId))
                .extracting(ApplicantMessageRow::messageCode)
                .containsExactly("CLOSED", "REMINDER");
    }
}
