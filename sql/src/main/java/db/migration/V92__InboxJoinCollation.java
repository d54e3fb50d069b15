package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives {@code item_case.process_instance_id} the character set and collation of Flowable's
 * {@code ACT_RU_TASK.PROC_INST_ID_}, so the inbox join {@code ACT_RU_TASK t ON t.PROC_INST_ID_ =
 * c.process_instance_id} reads Flowable's index instead of converting every task row (issue 10).
 *
 * <p>Measured in the last session with 1,000,000 open tasks: one inbox page took 23 s with the
 * collations apart (utf8mb4_general_ci against Flowable's utf8mb3_bin: MariaDB scans ACT_RU_TASK) and
 * p99 20-29 ms with them equal. The collation is read from the database rather than written here,
 * because Flowable's MySQL scripts take the table default ({@code utf8}, which is utf8mb3 on MySQL 8
 * and MariaDB 10.11). H2 compares ids without collations: nothing to do there.
 */
public class V92__InboxJoinCollation extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!V1__FlowableSchema.dialectOf(connection).equals("mysql")) {
            return;
        }
        String charset;
        String collation;
        try (PreparedStatement query =
                connection.prepareStatement("SELECT CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ACT_RU_TASK'"
                        + " AND COLUMN_NAME = 'PROC_INST_ID_'")) {
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("ACT_RU_TASK.PROC_INST_ID_ not found: Flowable schema missing");
                }
                charset = rs.getString(1);
                collation = rs.getString(2);
            }
        }
        if (!charset.matches("\\w+") || !collation.matches("\\w+")) {
            throw new IllegalStateException("Unexpected collation of ACT_RU_TASK.PROC_INST_ID_: " + collation);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE item_case MODIFY process_instance_id VARCHAR(64) CHARACTER SET "
                    + charset + " COLLATE " + collation
                    + " NULL COMMENT 'Flowable process instance of the item process (Flowable''s collation: V92)'");
        }
    }
}
