package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.testdb.MariaDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ApplicationMapper} on MariaDB: rows round-trip to the millisecond, a status changes only from the one
 * expected, each reader lists only what it may see (newest first, paged), the daily cap counts from an exact
 * instant, members and events come back in order.
 */
class ApplicationMapperIT {

    private static final Instant AT = Instant.parse("2099-08-01T02:00:00.400Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String account = "acc-" + UUID.randomUUID();
    private final String community = String.format(
            "57%010d", java.util.concurrent.ThreadLocalRandom.current().nextLong(10_000_000_000L));
    private final List<String> ids = new ArrayList<>();
    private SqlSession session;
    private ApplicationMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(ApplicationMapper.class);
        mapper = session.getMapper(ApplicationMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        for (String id : ids) {
            jdbc.update("DELETE FROM application_event WHERE application_id = ?", id);
            jdbc.update("DELETE FROM household_member WHERE application_id = ?", id);
            jdbc.update("DELETE FROM application WHERE id = ?", id);
        }
    }

    private static String key(String name) {
        return (name + "0".repeat(64)).substring(0, 64);
    }

    private ApplicationRow application(
            String filedBy, String filer, String workerCommunity, String applicant, Instant at) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        ApplicationRow row = new ApplicationRow(
                id,
                "YJT" + id.substring(0, 13),
                "AWAITING_AUTHORIZATION",
                filedBy,
                filer,
                workerCommunity,
                "张三",
                new byte[] {1},
                key(applicant),
                new byte[] {2},
                key("phone"),
                community,
                new byte[] {3},
                false,
                new BigDecimal("35.50"),
                new byte[] {5},
                new byte[] {4},
                "photo-1",
                at,
                null,
                null,
                filer,
                null);
        mapper.insert(row);
        return row;
    }

    @Test
    void anApplicationRoundTripsToTheMillisecond() {
        ApplicationRow row = application("SELF", account, null, "me", AT);

        ApplicationRow read = mapper.selectById(row.id());

        assertThat(read.submittedAt()).isEqualTo(AT);
        assertThat(read.homeAreaSqm()).isEqualByComparingTo("35.50");
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("homeAreaSqm")
                .isEqualTo(row);
        mapper.updateIdentityCheck(row.id(), "ID_CARD_IN_PERSON");
        assertThat(mapper.selectIdentityCheck(row.id())).isEqualTo("ID_CARD_IN_PERSON");
        assertThat(mapper.selectPayeeAccount(row.id())).as("none given yet").isNull();
        assertThat(mapper.updatePayeeAccount(row.id(), new byte[] {1, 2, 3}, "重庆农村商业银行", AT))
                .isEqualTo(1);
        PayeeAccountRow payee = mapper.selectPayeeAccount(row.id());
        assertThat(payee.accountEnc()).containsExactly(1, 2, 3);
        assertThat(payee.bank()).isEqualTo("重庆农村商业银行");
        assertThat(payee.givenAt()).isEqualTo(AT);
        assertThat(jdbc.queryForMap(
                        "SELECT payee_account_enc, payee_bank, payee_account_at FROM application WHERE id = ?",
                        row.id()))
                .containsEntry("payee_bank", "重庆农村商业银行")
                .hasEntrySatisfying(
                        "payee_account_enc", v -> assertThat((byte[]) v).containsExactly(1, 2, 3))
                .hasEntrySatisfying("payee_account_at", v -> assertThat(v).isNotNull());
        assertThat(mapper.updatePayeeAccount("no-such-application", new byte[] {1}, "x", AT))
                .isZero();
    }

    @Test
    void aStatusChangesOnlyFromTheExpectedOneAndAClosingRecordsReasonAndTime() {
        ApplicationRow row = application("SELF", account, null, "me", AT);

        assertThat(mapper.updateStatus(new StatusChange(row.id(), "CHECKING", "IN_REVIEW", null, AT, "system")))
                .isZero();
        assertThat(mapper.updateStatus(new StatusChange(
                        row.id(),
                        "AWAITING_AUTHORIZATION",
                        "EXPIRED",
                        "AUTHORIZATION_EXPIRED",
                        AT.plusMillis(5),
                        "system")))
                .isEqualTo(1);

        ApplicationRow read = mapper.selectById(row.id());
        assertThat(read.status()).isEqualTo("EXPIRED");
        assertThat(read.closedReason()).isEqualTo("AUTHORIZATION_EXPIRED");
        assertThat(read.closedAt()).isEqualTo(AT.plusMillis(5));
        assertThat(mapper.selectStatusForUpdate(row.id())).isEqualTo("EXPIRED");
    }

    @Test
    void aResidentListsHerOwnFilingsAndThoseForHerIdentityAWorkerItsCommunitysProxyFilings() {
        ApplicationRow own = application("SELF", account, null, "me", AT);
        ApplicationRow forMe = application("PROXY", "w-" + account, community, "me", AT.plusSeconds(1));
        ApplicationRow other = application("PROXY", "w-" + account, community, "someone", AT.plusSeconds(2));
        application("PROXY", "w-" + account, "570000000000", "someone", AT.plusSeconds(3));

        assertThat(mapper.selectVisible(new VisibleQuery(account, java.util.List.of(key("me")), null, false, 0, 10)))
                .extracting(ApplicationRow::id)
                .containsExactly(forMe.id(), own.id());
        assertThat(mapper.selectVisible(new VisibleQuery(account, java.util.List.of(), null, false, 0, 10)))
                .extracting(ApplicationRow::id)
                .containsExactly(own.id());
        assertThat(mapper.selectVisible(new VisibleQuery("w-" + account, java.util.List.of(), community, true, 0, 10)))
                .extracting(ApplicationRow::id)
                .containsExactly(other.id(), forMe.id());
        assertThat(mapper.selectVisible(new VisibleQuery("w-" + account, null, community, true, 1, 1)))
                .extracting(ApplicationRow::id)
                .containsExactly(forMe.id());
    }

    @Test
    void theDailyCapCountsFromAnExactInstant() {
        application("SELF", account, null, "me", AT);

        assertThat(mapper.countFiledSince(account, AT.minusMillis(100))).isEqualTo(1);
        assertThat(mapper.countFiledSince(account, AT)).isEqualTo(1);
        assertThat(mapper.countFiledSince(account, AT.plusMillis(100)))
                .as("milliseconds count")
                .isZero();
    }

    @Test
    void membersComeBackBySeqEventsByTimeAndNumbersAreIssuedInOrder() {
        ApplicationRow row = application("SELF", account, null, "me", AT);
        mapper.insertMember(new MemberRow(
                row.id(),
                1,
                "王芳",
                new byte[] {5},
                key("m1"),
                "SPOUSE",
                null,
                null,
                LocalDate.of(1986, 2, 1),
                null,
                false,
                "EMPLOYED",
                true));
        mapper.insertMember(new MemberRow(
                row.id(),
                0,
                "张三",
                new byte[] {6},
                key("me"),
                "SELF",
                null,
                null,
                LocalDate.of(1985, 1, 1),
                null,
                false,
                "UNEMPLOYED",
                false));
        mapper.insertEvent(new EventRow(row.id(), AT.plusMillis(2), "CHECK_STARTED", "SYSTEM", null));
        mapper.insertEvent(new EventRow(row.id(), AT.plusMillis(1), "SUBMITTED", "APPLICANT", "张*"));

        assertThat(mapper.selectMembers(row.id())).extracting(MemberRow::name).containsExactly("张三", "王芳");
        assertThat(mapper.selectMembers(row.id()).get(1).birthDate()).isEqualTo(LocalDate.of(1986, 2, 1));
        assertThat(mapper.selectEvents(row.id()))
                .extracting(EventRow::eventCode)
                .containsExactly("SUBMITTED", "CHECK_STARTED");
        SequenceTicket a = new SequenceTicket();
        SequenceTicket b = new SequenceTicket();
        mapper.insertSequence(a);
        mapper.insertSequence(b);
        assertThat(b.getId()).isGreaterThan(a.getId());
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT relation FROM household_member WHERE application_id = ? AND seq = 1", row.id());
        assertThat(stored).containsEntry("relation", "SPOUSE");
    }
}
