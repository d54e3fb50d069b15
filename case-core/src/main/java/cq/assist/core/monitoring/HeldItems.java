package cq.assist.core.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Reads which items some households hold or have open (item cases holding the household key). */
final class HeldItems {

    private HeldItems() {}

    /** One query for the given households (at most a block). */
    static List<HeldItem> read(DataSource dataSource, Set<String> householdKeys) throws SQLException {
        List<HeldItem> held = new ArrayList<>();
        if (householdKeys.isEmpty()) {
            return held;
        }
        String marks = String.join(",", java.util.Collections.nCopies(householdKeys.size(), "?"));
        String sql = "SELECT active_key, item_code, status, amount FROM item_case WHERE active_key IN (" + marks + ")";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String key : householdKeys) {
                ps.setString(i++, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(new HeldItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
                }
            }
        }
        return held;
    }
}
