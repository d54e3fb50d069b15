package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.testdb.MariaDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link MonitoringAlertMapper} on MariaDB: an alert holds every item of the catalog (21) with both amounts, and its
 * follow-up holds a case id per item. The demo's household lost 低保 and ten items following from it at once; its
 * eleven case ids did not fit the old {@code VARCHAR(400)}, so the automatic follow-up failed and the alert stayed
 * open (V106 widened both lists).
 */
class MonitoringAlertListsIT {

    private static final int CATALOG_ITEMS = 21;

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final String alertId = UUID.randomUUID().toString();
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
        jdbc.update("DELETE FROM monitoring_alert WHERE id = ?", alertId);
    }

    @Test
    void anAlertKeepsEveryItemAndACaseIdPerItemOfItsFollowUp() {
        List<String> items = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CATALOG_ITEMS; i++) {
            items.add("{\"itemCode\":\"WATER_GAS_WAIVER_" + i
                    + "\",\"oldAmount\":\"123456.78\",\"newAmount\":\"98765.43\"}");
            cases.add(UUID.randomUUID().toString());
        }
        String itemsJson = "[" + String.join(",", items) + "]";
        String caseIds = String.join(",", cases);
        mapper.insert(new AlertRow(
                alertId,
                UUID.randomUUID().toString(),
                "k".repeat(64),
                UUID.randomUUID().toString(),
                "500103001001",
                "NO_LONGER_ELIGIBLE",
                itemsJson,
                "[\"经复核，家庭可能不再符合条件。\"]",
                "OPEN",
                Instant.parse("2099-03-01T02:00:00Z")));

        assertThat(mapper.updateFollowUpCases(alertId, caseIds)).isEqualTo(1);

        AlertView read = mapper.selectById(alertId);
        assertThat(read.items()).isEqualTo(itemsJson);
        assertThat(read.followUpCases()).isEqualTo(caseIds);
        assertThat(read.followUpCases().split(",")).hasSize(CATALOG_ITEMS);
    }
}
