package cq.assist.core.monitoring;

import cq.assist.core.common.InstantTypeHandler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Stores what the workers found, one transaction per call: the changed results (JDBC batch of updates),
 * facts read as JSON sealed again in the compact form, and the alerts (JDBC batch of inserts, sent as multi-row statements by the driver).
 */
final class ScreeningWriter {

    private static final String UPDATE = "UPDATE monitored_household SET last_result = ?, last_screened_on = ?, "
            + "last_run_id = ? WHERE household_key = ?";
    private static final String UPDATE_SCHEDULED = "UPDATE monitored_household SET last_result = ?, "
            + "last_screened_on = ?, last_run_id = ?, next_review_on = ? WHERE household_key = ?";
    private static final String UPDATE_FACTS = "UPDATE monitored_household SET facts_enc = ? WHERE household_key = ?";
    private static final String INSERT_ALERT = "INSERT INTO monitoring_alert (id, run_id, household_key, "
            + "application_id, community_code, kind, items, reasons, status, create_time) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ScreeningSpec spec;

    ScreeningWriter(DataSource dataSource, ScreeningSpec spec) {
        this.dataSource = dataSource;
        this.spec = spec;
    }

    void write(List<BlockResult> results) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                updates(c, results);
                compacted(c, results);
                alerts(c, results);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private void updates(Connection c, List<BlockResult> results) throws SQLException {
        boolean scheduled = spec.nextReviewOn() != null;
        try (PreparedStatement ps = c.prepareStatement(scheduled ? UPDATE_SCHEDULED : UPDATE)) {
            int n = 0;
            for (BlockResult r : results) {
                for (Map.Entry<String, String> u : r.updates().entrySet()) {
                    int p = 1;
                    ps.setString(p++, u.getValue());
                    ps.setObject(p++, spec.screenDate());
                    ps.setString(p++, spec.runId());
                    if (scheduled) {
                        ps.setObject(p++, spec.nextReviewOn());
                    }
                    ps.setString(p, u.getKey());
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void compacted(Connection c, List<BlockResult> results) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE_FACTS)) {
            int n = 0;
            for (BlockResult r : results) {
                for (Map.Entry<String, byte[]> f : r.compacted().entrySet()) {
                    ps.setBytes(1, f.getValue());
                    ps.setString(2, f.getKey());
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void alerts(Connection c, List<BlockResult> results) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_ALERT)) {
            int n = 0;
            for (BlockResult r : results) {
                for (AlertRow a : r.alerts()) {
                    ps.setString(1, a.id());
                    ps.setString(2, a.runId());
                    ps.setString(3, a.householdKey());
                    ps.setString(4, a.applicationId());
                    ps.setString(5, a.communityCode());
                    ps.setString(6, a.kind());
                    ps.setString(7, a.items());
                    ps.setString(8, a.reasons());
                    ps.setString(9, a.status());
                    InstantTypeHandler.bind(ps, 10, a.createTime());
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }
    }
}
