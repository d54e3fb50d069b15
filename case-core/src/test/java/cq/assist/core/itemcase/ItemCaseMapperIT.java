package cq.assist.core.itemcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.testdb.MariaDb;
import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ItemCaseMapper} on MariaDB: one open or granted case per household and item (the unique active key),
 * decisions and steps only from an open status, a waiting joint case woken once, cases in catalogue order,
 * timestamps to the millisecond.
 */
class ItemCaseMapperIT {

    private static final Instant AT = Instant.parse("2099-05-01T02:00:00.123Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String applicationId = UUID.randomUUID().toString();
    private final String household = UUID.randomUUID().toString().replace("-", "") + "0".repeat(32);
    private final String first = "ZZ1" + applicationId.substring(0, 8);
    private final String second = "ZZ2" + applicationId.substring(0, 8);
    private SqlSession session;
    private ItemCaseMapper mapper;

    @BeforeEach
    void open() {
        jdbc.update(
                "INSERT INTO assistance_item (code, name_zh, name_en, department_kind, kind, pays_cash, sort_order)"
                        + " VALUES (?, '测试一', 'first', 'CIVIL_AFFAIRS', 'APPLY', TRUE, 1),"
                        + " (?, '测试二', 'second', 'JUSTICE', 'APPLY', FALSE, 2)",
                first,
                second);
        session = MariaDb.session(ItemCaseMapper.class);
        mapper = session.getMapper(ItemCaseMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        jdbc.update(
                "DELETE FROM item_case_event WHERE case_id IN (SELECT id FROM item_case WHERE application_id = ?)",
                applicationId);
        jdbc.update("DELETE FROM item_case WHERE application_id = ?", applicationId);
        jdbc.update("DELETE FROM assistance_item WHERE code IN (?, ?)", first, second);
    }

    private ItemCaseRow newCase(String item, String status, boolean holdKey) {
        return new ItemCaseRow(
                UUID.randomUUID().toString(),
                applicationId,
                item,
                "APPLY",
                holdKey ? "ASSESSMENT" : "JOINT_PUSH",
                "CIVIL_AFFAIRS@500103",
                "500103001001",
                status,
                null,
                "[\"符合条件\"]",
                null,
                null,
                null,
                null,
                null,
                household,
                holdKey ? household : null,
                "system",
                AT,
                new BigDecimal("812.50"));
    }

    @Test
    void storesACaseAndReadsItBackToTheMillisecond() {
        ItemCaseRow row = newCase(first, "PENDING", true);
        mapper.insert(row);

        ItemCaseRow read = mapper.selectById(row.id());
        assertThat(read.createTime()).isEqualTo(AT);
        assertThat(read.proposedAmount()).isEqualByComparingTo("812.50");
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("proposedAmount")
                .isEqualTo(row);
        assertThat(mapper.selectItem(first)).isEqualTo(new ItemRow(first, "测试一", "CIVIL_AFFAIRS", "APPLY", true));
    }

    @Test
    void aHouseholdHoldsOneOpenOrGrantedCasePerItemUntilItIsReleased() {
        ItemCaseRow held = newCase(first, "PENDING", true);
        mapper.insert(held);

        assertThatThrownBy(() -> mapper.insert(newCase(first, "PENDING", true)))
                .isInstanceOf(PersistenceException.class)
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);

        DecisionChange reject = new DecisionChange(held.id(), "REJECTED", "[\"收入超标\"]", null, AT, "approver", true);
        assertThat(mapper.updateDecision(reject)).isEqualTo(1);
        assertThat(mapper.updateDecision(reject)).as("only from an open status").isZero();
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT status, active_key, decided_by, current_step FROM item_case WHERE id = ?", held.id());
        assertThat(row).containsEntry("status", "REJECTED").containsEntry("decided_by", "approver");
        assertThat(row.get("active_key")).isNull();

        mapper.insert(newCase(first, "PENDING", true));
        assertThat(mapper.selectActiveItems(household)).containsExactly(first);
    }

    @Test
    void aWaitingJointCaseIsWokenOnceAndCountsAsOpenThen() {
        ItemCaseRow waiting = newCase(second, "PENDING", false);
        mapper.insertAll(List.of(waiting, newCase(first, "NOT_ELIGIBLE", false)));
        assertThat(mapper.countOpen(applicationId)).isZero();

        JointActivation wake = new JointActivation(applicationId, second, AT, "system");
        assertThat(mapper.updateActivateJoint(wake)).isEqualTo(1);
        assertThat(mapper.updateActivateJoint(wake)).isZero();

        assertThat(mapper.selectById(waiting.id()).activeKey()).isEqualTo(household);
        assertThat(mapper.countOpen(applicationId)).isEqualTo(1);
        assertThat(mapper.selectByApplication(applicationId))
                .extracting(ItemCaseRow::itemCode)
                .containsExactly(first, second);
    }

    @Test
    void aStepIsEnteredOnlyWhileOpenAndTheGrantedItemsOfAHouseholdAreListed() {
        ItemCaseRow row = newCase(first, "PENDING", true);
        mapper.insert(row);
        Instant due = AT.plusSeconds(86_400);

        assertThat(mapper.updateStep(new StepChange(
                        row.id(), "HOME_VISIT", "IN_REVIEW", due, "proc-1", AT, "system", "community:500103001001")))
                .isEqualTo(1);
        ItemCaseRow inReview = mapper.selectById(row.id());
        assertThat(inReview.currentStep()).isEqualTo("HOME_VISIT");
        assertThat(inReview.dueAt()).isEqualTo(due);
        assertThat(inReview.processInstanceId()).isEqualTo("proc-1");
        assertThat(jdbc.queryForObject("SELECT task_group FROM item_case WHERE id = ?", String.class, row.id()))
                .isEqualTo("community:500103001001");

        mapper.updateDecision(new DecisionChange(row.id(), "GRANTED", "[]", new BigDecimal("800.00"), AT, "a", false));
        assertThat(mapper.updateStep(
                        new StepChange(row.id(), "DISTRICT_DECISION", "IN_REVIEW", due, null, AT, "s", "g")))
                .isZero();
        assertThat(mapper.selectGrantedItems(household)).containsExactly(first);
        assertThat(mapper.selectById(row.id()).currentStep()).isNull();
    }

    @Test
    void eventsReadBackInTheOrderTheyHappened() {
        ItemCaseRow row = newCase(first, "IN_REVIEW", true);
        mapper.insert(row);
        CaseEventRow visit = new CaseEventRow(row.id(), "HOME_VISIT", "APPROVE", null, null, "w-1", AT);
        CaseEventRow approval = new CaseEventRow(
                row.id(),
                "DISTRICT_DECISION",
                "FIRST_APPROVAL",
                "重病",
                new BigDecimal("3500.00"),
                "a-1",
                AT.plusMillis(1));
        mapper.insertEvent(approval);
        mapper.insertEvent(visit);

        assertThat(mapper.selectEvents(row.id())).containsExactly(visit, approval);
    }
}
