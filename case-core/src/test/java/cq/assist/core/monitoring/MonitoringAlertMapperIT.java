package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.testdb.MariaDb;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
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
 * {@link MonitoringAlertMapper} on MariaDB: one alert per run, household and kind; pages scoped by a region
 * prefix, newest first; an alert ends once; a run's open alerts paged by id; open alerts counted by kind.
 */
class MonitoringAlertMapperIT {

    private static final Instant AT = Instant.parse("2099-07-01T02:00:00.500Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String street = "58" + ThreadLocalRandom.current().nextInt(1000, 10_000) + "001";
    private final String runId = UUID.randomUUID().toString();
    private SqlSession session;
    private MonitoringAlertMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(MonitoringAlertMapper.class);
        mapper = session.getMapper(MonitoringAlertMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        jdbc.update("DELETE FROM monitoring_alert WHERE community_code LIKE ?", street + "%");
    }

    private AlertRow alert(String id, String household, String community, String kind, Instant at) {
        return new AlertRow(
                id,
                runId,
                (household + "0".repeat(64)).substring(0, 64),
                "app-" + id.substring(0, 8),
                community,
                kind,
                "[{\"itemCode\":\"DIBAO\"}]",
                "[\"收入增加\"]",
                "OPEN",
                at);
    }

    @Test
    void pagesAreScopedByRegionNewestFirstAndCountedTheSameWay() {
        mapper.insert(alert("a0000000-0000-0000-0000-000000000001", "h1", street + "001", "AMOUNT_CHANGED", AT));
        mapper.insert(alert(
                "a0000000-0000-0000-0000-000000000002", "h2", street + "002", "NO_LONGER_ELIGIBLE", AT.plusSeconds(1)));
        mapper.insert(alert(
                "a0000000-0000-0000-0000-000000000003", "h3", street + "001", "NO_LONGER_ELIGIBLE", AT.plusMillis(1)));

        AlertQuery street1 = new AlertQuery(street + "%", null, null, 0, 10);
        assertThat(mapper.selectPage(street1))
                .extracting(AlertView::householdKey)
                .extracting(k -> k.substring(0, 2))
                .containsExactly("h2", "h3", "h1");
        assertThat(mapper.count(street1)).isEqualTo(3);
        AlertQuery community = new AlertQuery(street + "001%", "NO_LONGER_ELIGIBLE", "OPEN", 0, 10);
        assertThat(mapper.selectPage(community)).singleElement().satisfies(a -> {
            assertThat(a.createTime()).isEqualTo(AT.plusMillis(1));
            assertThat(a.applicationNo()).isNull();
        });
        assertThat(mapper.count(community)).isEqualTo(1);
        assertThat(mapper.selectPage(new AlertQuery(street + "%", null, null, 2, 10)))
                .hasSize(1);
    }

    @Test
    void oneAlertPerRunHouseholdAndKind() {
        mapper.insert(alert(UUID.randomUUID().toString(), "h1", street + "001", "AMOUNT_CHANGED", AT));

        assertThatThrownBy(() ->
                        mapper.insert(alert(UUID.randomUUID().toString(), "h1", street + "001", "AMOUNT_CHANGED", AT)))
                .isInstanceOf(PersistenceException.class)
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
    }

    @Test
    void anAlertEndsOnceAndThenNoLongerTakesCases() {
        String id = UUID.randomUUID().toString();
        mapper.insert(alert(id, "h1", street + "001", "NEWLY_ELIGIBLE", AT));
        assertThat(mapper.updateFollowUpCases(id, "c1")).isEqualTo(1);

        AlertResolution resolve =
                new AlertResolution(id, "RESOLVED", "w-1", AT.plusSeconds(5), new byte[] {1, 2, 3}, null);
        assertThat(mapper.updateResolution(resolve)).isEqualTo(1);
        assertThat(mapper.updateResolution(resolve)).isZero();
        assertThat(mapper.updateFollowUpCases(id, "c2")).isZero();

        AlertView ended = mapper.selectById(id);
        assertThat(ended.status()).isEqualTo("RESOLVED");
        assertThat(ended.resolvedAt()).isEqualTo(AT.plusSeconds(5));
        assertThat(ended.followUpCases()).isNull();
        assertThat(jdbc.queryForObject("SELECT note_enc FROM monitoring_alert WHERE id = ?", byte[].class, id))
                .containsExactly(1, 2, 3);
    }

    @Test
    void aRunsOpenAlertsOfTheKindsAskedArePagedByIdAndCountedByKind() {
        for (int i = 1; i <= 5; i++) {
            mapper.insert(alert(
                    "b0000000-0000-0000-0000-00000000000" + i,
                    "h" + i,
                    street + "001",
                    i % 2 == 0 ? "DATA_CHANGED" : "AMOUNT_CHANGED",
                    AT));
        }
        mapper.updateResolution(
                new AlertResolution("b0000000-0000-0000-0000-000000000005", "FOLLOW_UP", "admin", AT, null, "c9"));

        List<String> kinds = List.of("AMOUNT_CHANGED");
        assertThat(mapper.selectOpenOfRun(runId, kinds, null, 1))
                .extracting(AlertView::id)
                .containsExactly("b0000000-0000-0000-0000-000000000001");
        assertThat(mapper.selectOpenOfRun(runId, kinds, "b0000000-0000-0000-0000-000000000001", 10))
                .extracting(AlertView::id)
                .containsExactly("b0000000-0000-0000-0000-000000000003");
        assertThat(mapper.countOpenByKind(street + "%"))
                .containsExactly(
                        new MonitoringAlertMapper.KindCount("AMOUNT_CHANGED", 2),
                        new MonitoringAlertMapper.KindCount("DATA_CHANGED", 2));
    }
}
