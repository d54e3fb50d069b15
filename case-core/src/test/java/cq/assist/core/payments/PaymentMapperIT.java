package cq.assist.core.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.common.InstantTypeHandler;
import cq.assist.core.testdb.MariaDb;
import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PaymentMapper} on MariaDB: which grants are in force in a month (monthly from their start until a
 * review ends them, one-off in their first month, granted cases with an amount, in the district), one line per
 * household, item and month across rolls, one roll per district and month, totals and reconciliation.
 */
class PaymentMapperIT {

    private static final Instant AT = Instant.parse("2099-06-01T02:00:00.250Z");
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String district = "59" + ThreadLocalRandom.current().nextInt(1000, 10_000);
    private final String community = district + "001001";
    private final java.util.List<String> cases = new java.util.ArrayList<>();
    private SqlSession session;
    private PaymentMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(PaymentMapper.class);
        mapper = session.getMapper(PaymentMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        for (String caseId : cases) {
            jdbc.update("DELETE FROM item_grant WHERE case_id = ?", caseId);
            jdbc.update("DELETE FROM item_case WHERE id = ?", caseId);
        }
        jdbc.update("DELETE FROM payment_line WHERE community_code = ?", community);
        jdbc.update("DELETE FROM payment_roll WHERE region_code = ?", district);
    }

    private static String household(String name) {
        return (name + "0".repeat(64)).substring(0, 64);
    }

    /** A case of {@code status} in the test district with a grant of {@code amount} from {@code starts}. */
    private String grant(
            String household,
            String item,
            String status,
            String amount,
            LocalDate starts,
            LocalDate ends,
            String region) {
        String caseId = UUID.randomUUID().toString();
        cases.add(caseId);
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, household_key, active_key, create_by, create_time)"
                        + " VALUES (?, ?, ?, 'APPLY', 'ASSESSMENT', 'CIVIL_AFFAIRS', ?, ?, ?, NULL, 'system', NOW(3))",
                caseId,
                "app-" + caseId.substring(0, 8),
                item,
                region,
                status,
                household);
        jdbc.update(
                "INSERT INTO item_grant (case_id, application_id, item_code, amount, starts_on, ends_on, granted_by,"
                        + " granted_at) VALUES (?, ?, ?, ?, ?, ?, 'approver', ?)",
                ps -> {
                    ps.setString(1, caseId);
                    ps.setString(2, "app-" + caseId.substring(0, 8));
                    ps.setString(3, item);
                    ps.setBigDecimal(4, amount == null ? null : new BigDecimal(amount));
                    ps.setObject(5, starts);
                    ps.setObject(6, ends);
                    InstantTypeHandler.bind(ps, 7, AT);
                });
        return caseId;
    }

    @Test
    void grantsInForceAreMonthlyFromTheirStartUntilEndedAndOneOffInTheirFirstMonth() {
        String dibao = grant(household("a"), "DIBAO", "GRANTED", "800.00", LocalDate.of(2026, 11, 1), null, community);
        grant(
                household("b"),
                "DIBAO",
                "GRANTED",
                "700.00",
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 11, 30),
                community);
        grant(household("c"), "DIBAO", "GRANTED", "700.00", LocalDate.of(2027, 1, 1), null, community);
        String temp =
                grant(household("a"), "TEMP_AID", "GRANTED", "2000.00", LocalDate.of(2026, 12, 10), null, community);
        grant(household("d"), "TEMP_AID", "GRANTED", "2000.00", LocalDate.of(2026, 11, 10), null, community);
        grant(household("e"), "DIBAO", "GRANTED", null, LocalDate.of(2026, 11, 1), null, community);
        grant(household("f"), "DIBAO", "REJECTED", "800.00", LocalDate.of(2026, 11, 1), null, community);
        String otherDistrict = district.equals("599999") ? "599998" : "599999";
        grant(household("g"), "DIBAO", "GRANTED", "800.00", LocalDate.of(2026, 11, 1), null, otherDistrict + "001001");

        List<GrantInForce> grants = mapper.selectGrantsInForce(
                new GrantQuery(district + "%", DEC_1, DEC_31, List.of("DIBAO", "TEKUN"), List.of("TEMP_AID")));

        assertThat(grants).extracting(GrantInForce::caseId).containsExactly(dibao, temp);
        assertThat(grants.get(0).amount()).isEqualByComparingTo("800.00");
        assertThat(grants.get(0).communityCode()).isEqualTo(community);
        assertThat(grants.get(0).grantedAt()).isEqualTo(AT);
    }

    @Test
    void aNewerGrantOfTheSameItemComesFirstForItsHousehold() {
        String older = grant(household("a"), "DIBAO", "GRANTED", "800.00", LocalDate.of(2026, 6, 1), null, community);
        String newer = grant(household("a"), "DIBAO", "GRANTED", "900.00", LocalDate.of(2026, 11, 1), null, community);

        assertThat(mapper.selectGrantsInForce(
                        new GrantQuery(district + "%", DEC_1, DEC_31, List.of("DIBAO"), List.of("X"))))
                .extracting(GrantInForce::caseId)
                .containsExactly(newer, older);
    }

    private RollRow roll(String month) {
        RollRow roll = new RollRow(
                UUID.randomUUID().toString(), month, district, "BUILT", 0, BigDecimal.ZERO, 0, 0, "clerk", AT, null);
        mapper.insertRoll(roll);
        return roll;
    }

    private LineRow line(RollRow roll, String household, String amount) {
        return new LineRow(
                roll.id(),
                roll.month(),
                household(household),
                "DIBAO",
                UUID.randomUUID().toString(),
                "app-x",
                community,
                new BigDecimal(amount),
                "MONTH",
                null);
    }

    @Test
    void oneRollPerDistrictAndMonthAndOneLinePerHouseholdItemAndMonthAcrossRolls() {
        RollRow december = roll("2026-12");
        assertThatThrownBy(() -> roll("2026-12"))
                .isInstanceOf(PersistenceException.class)
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);

        assertThat(mapper.insertLines(List.of(line(december, "a", "800.00"), line(december, "b", "700.50"))))
                .isEqualTo(2);
        assertThatThrownBy(() -> mapper.insertLines(List.of(line(december, "a", "800.00"))))
                .as("a twin is refused by the database key, not skipped silently")
                .isInstanceOf(PersistenceException.class)
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        mapper.updateRollTotals(december.id());

        RollRow read = mapper.selectRoll(december.id());
        assertThat(read.lines()).isEqualTo(2);
        assertThat(read.total()).isEqualByComparingTo("1500.50");
        assertThat(read.createTime()).isEqualTo(AT);
        assertThat(mapper.selectLines(december.id()))
                .extracting(PaymentLine::amount, PaymentLine::status, PaymentLine::applicationNo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("800.00"), "PENDING", null),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("700.50"), "PENDING", null));
        RollQuery mine = new RollQuery(null, district + "%", 0, 10);
        roll("2026-11");
        assertThat(mapper.selectRolls(mine)).extracting(RollRow::month).containsExactly("2026-12", "2026-11");
        assertThat(mapper.countRolls(new RollQuery("2026-11", district + "%", 0, 10)))
                .isEqualTo(1);
    }

    @Test
    void returnsReconcileTheRollAndFailedLinesAwaitAFollowUpOnce() {
        RollRow december = roll("2026-12");
        mapper.insertLines(List.of(line(december, "a", "800.00"), line(december, "b", "700.00")));
        List<PaymentLine> lines = mapper.selectLines(december.id());
        long paid = lines.get(0).id();
        long failed = lines.get(1).id();

        assertThat(mapper.updateLineReturn(new LineReturn(paid, december.id(), "PAID", null, AT)))
                .isEqualTo(1);
        assertThat(mapper.updateLineReturn(new LineReturn(failed, "another-roll", "FAILED", "x", AT)))
                .isZero();
        mapper.updateRollReconciled(december.id(), AT);
        assertThat(mapper.selectRoll(december.id()).status()).isEqualTo("BUILT");

        mapper.updateLineReturn(new LineReturn(failed, december.id(), "FAILED", "账户已销户", AT.plusSeconds(1)));
        mapper.updateRollReconciled(december.id(), AT.plusSeconds(1));
        RollRow reconciled = mapper.selectRoll(december.id());
        assertThat(reconciled.status()).isEqualTo("RECONCILED");
        assertThat(reconciled.paid()).isEqualTo(1);
        assertThat(reconciled.failed()).isEqualTo(1);
        assertThat(reconciled.updateTime()).isEqualTo(AT.plusSeconds(1));

        assertThat(mapper.selectFailedWithoutFollowUp(december.id()))
                .extracting(FailedLine::lineId)
                .containsExactly(failed);
        assertThat(mapper.updateFollowUp(failed, "case-f")).isEqualTo(1);
        assertThat(mapper.updateFollowUp(failed, "case-g")).isZero();
        assertThat(mapper.selectFailedWithoutFollowUp(december.id())).isEmpty();

        assertThat(mapper.selectFailedLines(district + "%", 10))
                .extracting(PaymentLine::failReason)
                .containsExactly("账户已销户");
        assertThat(mapper.selectTotalsByMonth(district + "%", 24))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.month()).isEqualTo("2026-12");
                    assertThat(t.lines()).isEqualTo(2);
                    assertThat(t.total()).isEqualByComparingTo("1500.00");
                    assertThat(t.paidTotal()).isEqualByComparingTo("800.00");
                    assertThat(t.failed()).isEqualTo(1);
                });
        assertThat(mapper.selectTotalsByItemAndRegion(district + "%", 100))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.month()).isEqualTo("2026-12");
                    assertThat(t.itemCode()).isEqualTo("DIBAO");
                    assertThat(t.regionCode()).isEqualTo(district);
                    assertThat(t.lines()).isEqualTo(2);
                    assertThat(t.total()).isEqualByComparingTo("1500.00");
                    assertThat(t.paidTotal()).isEqualByComparingTo("800.00");
                    assertThat(t.failed()).isEqualTo(1);
                });
    }

    @Test
    void totalsAreSplitByItemAndDistrictNewestMonthFirst() {
        RollRow november = roll("2026-11");
        RollRow december = roll("2026-12");
        LineRow tekun = new LineRow(
                december.id(),
                december.month(),
                household("c"),
                "TEKUN",
                UUID.randomUUID().toString(),
                "app-y",
                community,
                new BigDecimal("1200.00"),
                "MONTH",
                null);
        mapper.insertLines(List.of(
                line(november, "a", "800.00"), line(december, "a", "800.00"), line(december, "b", "700.00"), tekun));

        assertThat(mapper.selectTotalsByItemAndRegion(district + "%", 100))
                .extracting(t -> t.month() + " " + t.itemCode() + " " + t.lines() + " " + t.total())
                .containsExactly("2026-12 DIBAO 2 1500.00", "2026-12 TEKUN 1 1200.00", "2026-11 DIBAO 1 800.00");
        assertThat(mapper.selectTotalsByItemAndRegion(district + "%", 1)).hasSize(1);
        assertThat(mapper.selectTotalsByItemAndRegion("0%", 100)).isEmpty();
    }

    @Test
    void earlierRollMonthsAndTheHouseholdItemsPaidForAMonthInWhicheverRoll() {
        RollRow november = roll("2026-11");
        RollRow december = roll("2026-12");
        roll("2027-01");
        LineRow lateNovember = new LineRow(
                december.id(),
                "2026-11",
                household("b"),
                "DIBAO",
                UUID.randomUUID().toString(),
                "app-x",
                community,
                new BigDecimal("700.00"),
                "MONTH",
                null);
        mapper.insertLines(List.of(line(november, "a", "800.00"), lateNovember));

        assertThat(mapper.selectRollMonthsBefore(district, "2027-01", 12)).containsExactly("2026-12", "2026-11");
        assertThat(mapper.selectRollMonthsBefore(district, "2027-01", 1)).containsExactly("2026-12");
        assertThat(mapper.selectPaidHouseholdItems(district + "%", "2026-11"))
                .as("November's own lines, in November's roll and paid late in December's")
                .containsExactlyInAnyOrder(household("a") + "/DIBAO", household("b") + "/DIBAO");
        assertThat(mapper.selectPaidHouseholdItems(district + "%", "2026-12")).isEmpty();
    }
}
