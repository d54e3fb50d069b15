package cq.assist.core.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The re-encryption step of a key rotation, and the migration of values written before they were bound to
 * their row and column (MySQL/MariaDB): every {@link PiiField} has its values that are not yet bound under the
 * active data key decrypted (in their row) and written again bound and under it, in batches, each row by a
 * compare-and-set on its old ciphertext (a value changed meanwhile is left for the next run). Skipped: the
 * append-only tables ({@code authorization_record}, {@code audit_log}), whose rows the runtime user may not
 * update; their values stay readable as long as their key versions stay configured. An {@code *_enc} column
 * of the schema that is no {@link PiiField} is reported with {@code unknown = true} and left alone. Identifiers
 * come from {@link PiiField} or the schema and are checked against {@code [a-z][a-z0-9_]*} before they reach
 * SQL.
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
     * @param reencrypted values moved to the active key (and bound) in this run
     * @param remaining values still unbound or under another key after this run (more batches, changed
     *     meanwhile, or unreadable here)
     * @param unknown true for an encrypted column of the schema that no {@link PiiField} describes (not moved)
     */
    public record ColumnResult(String table, String column, int reencrypted, long remaining, boolean unknown) {}

    /**
     * Moves up to {@code batch} values per column and round to the active key, bound to their rows, for at
     * most {@code rounds} rounds per column; returns the outcome per column (columns with nothing to do
     * included, append-only ones not).
     */
    public List<ColumnResult> rotate(int batch, int rounds) {
        List<ColumnResult> results = new ArrayList<>();
        for (PiiField field : PiiField.values()) {
            if (field.appendOnly() || !exists(field)) {
                continue;
            }
            List<String> key = primaryKey(field.table());
            if (key.isEmpty()) {
                continue;
            }
            byte[] current = cipher.activeBoundPrefix();
            int moved = 0;
            for (int round = 0; round < rounds; round++) {
                int inRound = rotateBatch(field, key, current, batch);
                moved += inRound;
                if (inRound == 0) {
                    break;
                }
            }
            results.add(new ColumnResult(field.table(), field.column(), moved, stale(field, current), false));
        }
        for (String[] column : encryptedColumns()) {
            if (PiiField.of(column[0], column[1]).isEmpty() && !APPEND_ONLY.contains(column[0])) {
                results.add(new ColumnResult(column[0], column[1], 0, 0, true));
            }
        }
        return results;
    }

    /**
     * Rewrites every value that is not bound to its row and column (written before binding, or by code that
     * wrote the unbound form) bound and under the active data key, in batches of {@code batch}, until a round
     * moves nothing; values already bound, under whichever data-key version, are left for {@link #rotate}.
     * Safe to run on every node at once and again (compare-and-set per row). A value that opens neither bound
     * to its row nor unbound (another row's bound value, damaged, an unknown key) is left and counted.
     *
     * @return per field (append-only tables and columns missing from the schema aside): values rewritten, and
     *     unbound values left
     */
    public List<ColumnResult> rebindUnbound(int batch) {
        List<ColumnResult> results = new ArrayList<>();
        byte[] bound = {PiiCipher.BOUND};
        for (PiiField field : PiiField.values()) {
            if (field.appendOnly() || !exists(field)) {
                continue;
            }
            List<String> key = primaryKey(field.table());
            if (key.isEmpty()) {
                continue;
            }
            int moved = 0;
            int inRound;
            do {
                inRound = rotateBatch(field, key, bound, batch);
                moved += inRound;
            } while (inRound > 0);
            results.add(new ColumnResult(field.table(), field.column(), moved, stale(field, bound), false));
        }
        return results;
    }

    /** The encrypted columns of the schema that no {@link PiiField} describes (append-only tables aside). */
    public List<String> unknownColumns() {
        return encryptedColumns().stream()
                .filter(c -> PiiField.of(c[0], c[1]).isEmpty() && !APPEND_ONLY.contains(c[0]))
                .map(c -> c[0] + "." + c[1])
                .toList();
    }

    private int rotateBatch(PiiField field, List<String> key, byte[] current, int batch) {
        String table = checked(field.table());
        String column = checked(field.column());
        List<String> rowKey =
                field.rowKeyColumns().stream().map(DataKeyRotation::checked).toList();
        List<String> selected = new ArrayList<>(key);
        selected.addAll(rowKey);
        String select = "SELECT " + String.join(", ", selected) + ", " + column + " FROM " + table + " WHERE " + column
                + " IS NOT NULL AND SUBSTRING(" + column + ", 1, " + current.length + ") <> ? LIMIT ?";
        String where = String.join(" = ? AND ", key) + " = ?";
        String update = "UPDATE " + table + " SET " + column + " = ? WHERE " + where + " AND " + column + " = ?";
        int moved = 0;
        for (Object[] row : jdbc.query(
                select,
                (rs, n) -> {
                    Object[] values = new Object[selected.size() + 1];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    return values;
                },
                current,
                batch)) {
            byte[] old = (byte[]) row[selected.size()];
            Object[] keyValues = java.util.Arrays.copyOfRange(row, key.size(), selected.size());
            byte[] fresh;
            try {
                fresh = cipher.rebind(field, PiiField.rowKey(keyValues), old);
            } catch (IllegalStateException unreadable) {
                continue; // another row's value, a key version not configured here, or damaged: left, counted
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

    private long stale(PiiField field, byte[] current) {
        String column = checked(field.column());
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + checked(field.table()) + " WHERE " + column + " IS NOT NULL AND SUBSTRING("
                        + column + ", 1, " + current.length + ") <> ?",
                Long.class,
                (Object) current);
        return count == null ? 0 : count;
    }

    private boolean exists(PiiField field) {
        return encryptedColumns().stream().anyMatch(c -> c[0].equals(field.table()) && c[1].equals(field.column()));
    }

    private static String checked(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalStateException("not an identifier: " + identifier);
        }
        return identifier;
    }

    private List<String[]> encryptedColumns() {
        return jdbc
                .query(
                        "SELECT table_name, column_name FROM information_schema.columns"
                                + " WHERE table_schema = SCHEMA() AND LOWER(column_name) LIKE '%enc'"
                                + " ORDER BY table_name, column_name",
                        (rs, n) -> new String[] {
                            rs.getString(1).toLowerCase(java.util.Locale.ROOT),
                            rs.getString(2).toLowerCase(java.util.Locale.ROOT)
                        })
                .stream()
                .filter(c -> IDENTIFIER.matcher(c[0]).matches()
                        && IDENTIFIER.matcher(c[1]).matches()
                        && c[1].endsWith("_enc"))
                .toList();
    }

    private List<String> primaryKey(String table) {
        return jdbc
                .queryForList(
                        "SELECT k.column_name FROM information_schema.key_column_usage k"
                                + " JOIN information_schema.table_constraints t ON t.constraint_schema ="
                                + " k.constraint_schema AND t.constraint_name = k.constraint_name AND t.table_name ="
                                + " k.table_name WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_schema = SCHEMA()"
                                + " AND LOWER(k.table_name) = ? ORDER BY k.ordinal_position",
                        String.class,
                        table)
                .stream()
                .map(c -> c.toLowerCase(java.util.Locale.ROOT))
                .filter(c -> IDENTIFIER.matcher(c).matches())
                .toList();
    }
}
