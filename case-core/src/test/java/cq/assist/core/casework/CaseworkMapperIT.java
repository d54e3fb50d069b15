package cq.assist.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.common.InstantTypeHandler;
import cq.assist.core.testdb.MariaDb;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link CaseworkMapper} on MariaDB: the figures of a district or street (backlog by department, overdue open
 * cases, cases by item and status), a region code compared whole, and the steps an application's cases reached.
 */
class CaseworkMapperIT {

    private static final Instant NOW = Instant.parse("2099-10-01T02:00:00.500Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String district = "56" + ThreadLocalRandom.current().nextInt(1000, 10_000);
    private final String street = district + "001";
    private final String applicationId = UUID.randomUUID().toString();
    private SqlSession session;
    private CaseworkMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(CaseworkMapper.class);
        mapper = session.getMapper(CaseworkMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        jdbc.update(
                "DELETE FROM item_case_event WHERE case_id IN (SELECT id FROM item_case WHERE region_code LIKE ?)",
                district + "%");
        jdbc.update("DELETE FROM item_case WHERE region_code LIKE ?", district + "%");
    }

    private String itemCase(
            String community, String item, String status, String department, boolean active, Instant due) {
        String id = UUID.randomUUID().toString();
        String key = (id.replace("-", "") + "0".repeat(64)).substring(0, 64);
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, current_step, household_key, active_key, due_at, create_by, create_time)"
                        + " VALUES (?, ?, ?, 'APPLY', 'ASSESSMENT', ?, ?, ?, ?, ?, ?, ?, 'system', NOW(3))",
                ps -> {
                    ps.setString(1, id);
                    ps.setString(2, applicationId);
                    ps.setString(3, item);
                    ps.setString(4, department);
                    ps.setString(5, community);
                    ps.setString(6, status);
                    ps.setString(7, "IN_REVIEW".equals(status) ? "DISTRICT_DECISION" : null);
                    ps.setString(8, key);
                    ps.setString(9, active ? key : null);
                    InstantTypeHandler.bind(ps, 10, due);
                });
        return id;
    }

    @Test
    void theBacklogAndOverdueCountOnlyOpenCasesHoldingTheKeyInTheRegion() {
        itemCase(street + "001", "DIBAO", "IN_REVIEW", "CIVIL_AFFAIRS@" + district, true, NOW.minusMillis(1));
        itemCase(street + "002", "DIBAO", "PENDING", "CIVIL_AFFAIRS@" + district, true, NOW.plusMillis(1));
        itemCase(district + "002001", "LEGAL_AID", "IN_REVIEW", "JUSTICE@" + district, true, NOW.minusSeconds(60));
        itemCase(street + "001", "LEGAL_AID", "PENDING", "JUSTICE@" + district, false, NOW.minusSeconds(60));
        itemCase(street + "001", "TEKUN", "GRANTED", "CIVIL_AFFAIRS@" + district, true, null);

        assertThat(mapper.selectBacklogByDepartment(district))
                .containsExactlyInAnyOrder(
                        new CaseworkMapper.Count("CIVIL_AFFAIRS@" + district, 2L),
                        new CaseworkMapper.Count("JUSTICE@" + district, 1L));
        assertThat(mapper.selectBacklogByDepartment(street))
                .containsExactly(new CaseworkMapper.Count("CIVIL_AFFAIRS@" + district, 2L));
        assertThat(mapper.countOverdue(NOW, district)).isEqualTo(2);
        assertThat(mapper.countOverdue(NOW, street)).as("to the millisecond").isEqualTo(1);
        // a neighbouring district (the last digit moved on): never this one, whatever digit the random code ends in
        String neighbour = district.substring(0, 5) + (char) ('0' + (district.charAt(5) - '0' + 1) % 10);
        assertThat(mapper.countOverdue(NOW, neighbour)).isZero();
    }

    @Test
    void casesByItemAndStatusInAStreet() {
        itemCase(street + "001", "DIBAO", "GRANTED", "CIVIL_AFFAIRS@" + district, true, null);
        itemCase(street + "002", "DIBAO", "GRANTED", "CIVIL_AFFAIRS@" + district, true, null);
        itemCase(street + "002", "DIBAO", "REJECTED", "CIVIL_AFFAIRS@" + district, false, null);
        itemCase(district + "002001", "DIBAO", "GRANTED", "CIVIL_AFFAIRS@" + district, true, null);

        assertThat(mapper.selectCasesByItemAndStatus(street))
                .containsExactlyInAnyOrder(
                        new CaseworkMapper.ItemCount("DIBAO", "GRANTED", 2L),
                        new CaseworkMapper.ItemCount("DIBAO", "REJECTED", 1L));
    }

    @Test
    void theStepsReachedAreTheOpenStepAndEveryStepWithAnEvent() {
        String open = itemCase(street + "001", "DIBAO", "IN_REVIEW", "CIVIL_AFFAIRS@" + district, true, NOW);
        jdbc.update(
                "INSERT INTO item_case_event (case_id, step, decision, actor, event_time) VALUES (?, 'HOME_VISIT',"
                        + " 'APPROVE', 'w-1', NOW(3)), (?, 'STREET_REVIEW', 'APPROVE', 's-1', NOW(3))",
                open,
                open);

        assertThat(mapper.selectStepsReached(applicationId))
                .extracting(CaseworkMapper.StepReached::step)
                .containsExactlyInAnyOrder("DISTRICT_DECISION", "HOME_VISIT", "STREET_REVIEW");
        assertThat(mapper.selectDatabaseLocalTime()).isNotNull();
    }
}
