package cq.assist.core.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The re-encryption step of a key rotation (MySQL/MariaDB): every {@code *_enc} column of the schema
 * (found in {@code information_schema}, so a new table is covered without a change here) has its values
 * that are not yet under the active data key decrypted and written again under it, in batches, each row by
 * a compare-and-set on its old ciphertext (a value changed meanwhile is left for the next run). Skipped:
 * the append-only tables ({@code authorization_record}, {@code audit_log}), whose rows the runtime user
 * may not update; their values stay readable as long as their key versions stay configured. Identifiers
 * come from the schema and are checked against {@code [a-z][a-z0-9_]*} before they reach SQL.
 */
@Service
public class DataKeyRotation {

    /** Tables whose rows are never updated (the database refuses it in a hardened deployment). */
    static final Set<String> APPEND_ONLY = Set.of("authorization_record", "audit_log");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    public DataKeyRotation(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * One column's outcome.
     *
     * @param reencrypted values moved to the active key in this run
     * @param remaining values still under another key after this run (more batches, or changed meanwhile)
     */
    public record ColumnResult(String table, String column, int reencrypted, long remaining) {}

    /**
     * Moves up to {@code batch} values per column and round to the active key, for at most {@code rounds}
     * rounds per column; returns the outcome per column (columns with nothing to do included).
     */
    public List<ColumnResult> rotate(int batch, int rounds) {
        byte[] current = cipher.activePrefix();
        List<ColumnResult> results = new ArrayList<>();
        for (String[] column : encryptedColumns()) {
            String table = column[0];
            String name = column[1];
            List<String> key = primaryKey(table);
            if (key.isEmpty() || APPEND_ONLY.contains(table)) {
                continue;
            }
            int moved = 0;
            for (int round = 0; round < rounds; round++) {
                int inRound = rotateBatch(table, name, key, current, batch);
                moved += inRound;
                if (inRound == 0) {
                    break;
                }
            }
            results.add(new ColumnResult(table, name, moved, stale(table, name, current)));
        }
        return results;
    }

    private int rotateBatch(String table, String column, List<String> key, byte[] current, int batch) {
        String keyList = String.join(", ", key);
        String select = "SELECT " + keyList + ", " + column + " FROM " + table + " WHERE " + column
                + " IS NOT NULL AND SUBSTRING(" + column + ", 1, 2) <> ? LIMIT ?";
        String where = String.join(" = ? AND ", key) + " = ?";
        String update = "UPDATE " + table + " SET " + column + " = ? WHERE " + where + " AND " + column + " = ?";
        int moved = 0;
        for (Object[] row : jdbc.query(
                select,
                (rs, n) -> {
                    Object[] values = new Object[key.size() + 1];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    return values;
                },
                current,
                batch)) {
            byte[] old = (byte[]) row[key.size()];
            byte[] fresh;
            try {
                fresh = cipher.reencrypt(old);
            } catch (IllegalStateException unreadable) {
                continue; // under a key version not configured here, or damaged: left as it is, counted as remaining
            }
            if (fresh == old) {
                continue;
            }
            Object[] args = new Object[key.size() + 2];
            args[0] = fresh;
            System.arraycopy(row, 0, args, 1, key.size());
            args[key.size() + 1] = old;
            moved += jdbc.update(update, args);
        }
        return moved;
    }

    private long stale(String table, String column, byte[] current) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NOT NULL AND SUBSTRING(" + column
                        + ", 1, 2) <> ?",
                Long.class,
                (Object) current);
        return count == null ? 0 : count;
    }

    private List<String[]> encryptedColumns() {
        return jdbc
                .query(
                        "SELECT table_name, column_name FROM information_schema.columns"
                                + " WHERE table_schema = DATABASE() AND column_name LIKE '%\\_enc'"
                                + " ORDER BY table_name, column_name",
                        (rs, n) -> new String[] {
                            rs.getString(1).toLowerCase(java.util.Locale.ROOT),
                            rs.getString(2).toLowerCase(java.util.Locale.ROOT)
                        })
                .stream()
                .filter(c -> IDENTIFIER.matcher(c[0]).matches()
                        && IDENTIFIER.matcher(c[1]).matches())
                .toList();
    }

    private List<String> primaryKey(String table) {
        return jdbc
                .queryForList(
                        "SELECT column_name FROM information_schema.key_column_usage WHERE table_schema = DATABASE()"
                                + " AND table_name = ? AND constraint_name = 'PRIMARY' ORDER BY ordinal_position",
                        String.class,
                        table)
                .stream()
                .map(c -> c.toLowerCase(java.util.Locale.ROOT))
                .filter(c -> IDENTIFIER.matcher(c).matches())
                .toList();
    }
}
