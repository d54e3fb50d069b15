package cq.assist.core.monitoring;

import cq.assist.core.common.InstantTypeHandler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Stores what the workers found, one transaction per call: the changed results (JDBC batch of updates),
 * facts read as JSON sealed again in the compact form, and the alerts (JDBC batch of inserts, sent as multi-row statements by the driver).
 * With an owner, the same transaction adds the call's totals to the run row and beats its heartbeat, only while
 * that owner still holds the run: the stored totals are exactly what is committed, and a node whose run was taken
 * over (it stalled past the staleness) rolls its write back and stops.
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

    private static final String ADD_TOTALS = "UPDATE monitoring_run SET households = households + ?, "
            + "changed = changed + ?, alerts = alerts + ?, heartbeat_at = ? "
            + "WHERE id = ? AND owner = ? AND status = 'RUNNING'";

    private final DataSource dataSource;
    private final ScreeningSpec spec;
    private final String owner;
    private final Clock wall;

    /**
     * @param owner the node owning the run row, whose totals each write adds to; null: no run row (the benchmark)
     * @param wall the wall clock of the heartbeat
     */
    ScreeningWriter(DataSource dataSource, ScreeningSpec spec, String owner, Clock wall) {
        this.dataSource = dataSource;
        this.spec = spec;
        this.owner = owner;
        this.wall = wall;
    }

    void write(List<BlockResult> results) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                updates(c, results);
                compacted(c, results);
                alerts(c, results);
                totals(c, results);
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

    private void totals(Connection c, List<BlockResult> results) throws SQLException {
        if (owner == null) {
            return;
        }
        long households = 0;
        long changed = 0;
        long alerts = 0;
        for (BlockResult r : results) {
            households += r.households();
            changed += r.changed();
            alerts += r.alerts().size();
        }
        try (PreparedStatement ps = c.prepareStatement(ADD_TOTALS)) {
            ps.setLong(1, households);
            ps.setLong(2, changed);
            ps.setLong(3, alerts);
            InstantTypeHandler.bind(ps, 4, wall.instant());
            ps.setString(5, spec.runId());
            ps.setString(6, owner);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("screening run " + spec.runId() + " is no longer owned by " + owner);
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
