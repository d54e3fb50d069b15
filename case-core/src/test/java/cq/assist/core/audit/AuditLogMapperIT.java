package cq.assist.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.testdb.MariaDb;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link AuditLogMapper} on MariaDB: one entry per chain position, the verifier reads the chain in order from a
 * position, the auditor's page filters by actor, action and a half-open time range, the rate check counts
 * from an exact instant, and an alert is stored.
 */
class AuditLogMapperIT {

    private static final Instant AT = Instant.parse("2099-09-01T02:00:00.700Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String actor = "auditor-" + UUID.randomUUID();
    private final long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    private SqlSession session;
    private AuditLogMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(AuditLogMapper.class);
        mapper = session.getMapper(AuditLogMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        jdbc.update("DELETE FROM audit_log WHERE actor_account_id = ?", actor);
        jdbc.update("DELETE FROM audit_alert WHERE problem = ?", actor.substring(0, 32));
    }

    private AuditLogRow entry(long seq, String action, Instant at) {
        return new AuditLogRow(
                null,
                base + seq,
                at,
                actor,
                "ADMIN",
                action,
                "APPLICATION",
                "app-1",
                "核对材料",
                null,
                "0".repeat(64),
                Long.toHexString(seq).repeat(64).substring(0, 64),
                "SUCCESS",
                "10.0.0.1",
                2);
    }

    @Test
    void oneEntryPerChainPositionReadInOrderFromAPosition() {
        mapper.insert(entry(2, "VIEW_FULL_ID_NUMBER", AT));
        mapper.insert(entry(1, "VIEW_FULL_ID_NUMBER", AT));
        mapper.insert(entry(3, "EXPORT_BANK_FILE", AT.plusMillis(1)));

        assertThatThrownBy(() -> mapper.insert(entry(3, "EXPORT_BANK_FILE", AT)))
                .isInstanceOf(PersistenceException.class)
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThat(mapper.selectAfterSeq(base + 1, 2))
                .extracting(AuditLogRow::seq)
                .containsExactly(base + 2, base + 3);
        AuditLogRow read = mapper.selectAfterSeq(base + 2, 1).get(0);
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(entry(3, "EXPORT_BANK_FILE", AT.plusMillis(1)));
    }

    @Test
    void theAuditorsPageFiltersByActorActionAndAHalfOpenRangeNewestFirst() {
        mapper.insert(entry(1, "VIEW_FULL_ID_NUMBER", AT));
        mapper.insert(entry(2, "VIEW_FULL_ID_NUMBER", AT.plusMillis(500)));
        mapper.insert(entry(3, "EXPORT_BANK_FILE", AT.plusSeconds(1)));

        AuditFilter views = new AuditFilter(actor, "VIEW_FULL_ID_NUMBER", AT, AT.plusMillis(500));
        assertThat(mapper.selectPage(views, 10, 0)).extracting(AuditLogRow::seq).containsExactly(base + 1);
        assertThat(mapper.count(views)).isEqualTo(1);
        AuditFilter all = new AuditFilter(" " + actor + " ", " ", null, null);
        assertThat(mapper.selectPage(all, 2, 0)).extracting(AuditLogRow::seq).containsExactly(base + 3, base + 2);
        assertThat(mapper.selectPage(all, 2, 2)).extracting(AuditLogRow::seq).containsExactly(base + 1);
        assertThat(mapper.count(all)).isEqualTo(3);
    }

    @Test
    void theRateCheckCountsFromAnExactInstant() {
        mapper.insert(entry(1, "VIEW_FULL_ID_NUMBER", AT));
        mapper.insert(entry(2, "VIEW_FULL_ID_NUMBER", AT.plusMillis(200)));

        assertThat(mapper.countSince(actor, "VIEW_FULL_ID_NUMBER", AT.plusMillis(100)))
                .isEqualTo(1);
        assertThat(mapper.countSince(actor, "VIEW_FULL_ID_NUMBER", AT)).isEqualTo(2);
        assertThat(mapper.countSince(actor, "EXPORT_BANK_FILE", AT)).isZero();
    }

    @Test
    void anAlertIsStored() {
        mapper.insertAlert(AT, "ON_DEMAND", actor.substring(0, 32), base + 7, 6);

        assertThat(jdbc.queryForMap(
                        "SELECT trigger_kind, broken_seq, checked_entries FROM audit_alert WHERE problem = ?",
                        actor.substring(0, 32)))
                .containsEntry("trigger_kind", "ON_DEMAND")
                .containsEntry("broken_seq", base + 7)
                .containsEntry("checked_entries", 6L);
    }
}
