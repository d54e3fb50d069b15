package cq.assist.seeds;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed files after Flyway has migrated: {@code seeds/reference/*.csv} in every profile,
 * {@code seeds/demo/*.csv} only when {@code assist.seeds.demo=true} (the demo profile).
 *
 * <p>A file {@code NN_table.csv} fills {@code table}; files load in name order. The header names the
 * columns. A header {@code col:pii} encrypts the cell into {@code col_enc} and writes its blind index
 * to {@code col_hash}; {@code col:enc} only encrypts into {@code col_enc}. An empty cell is NULL.
 * Rows go in with {@code INSERT IGNORE}, so loading twice changes nothing and an existing row (even
 * one edited by an administrator) is never overwritten. Cells {@code true}/{@code false} are sent as
 * booleans, {@code 1}/{@code 0} work too.
 */
@Component
@DependsOnDatabaseInitialization
public class SeedLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern FILE = Pattern.compile("\\d+_([a-z][a-z0-9_]*)\\.csv");

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;
    private final TransactionTemplate tx;
    private final boolean demo;

    public SeedLoader(
            JdbcTemplate jdbc,
            PiiCipher cipher,
            TransactionTemplate tx,
            @Value("${assist.seeds.demo:false}") boolean demo) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.tx = tx;
        this.demo = demo;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        int inserted = load("reference");
        if (demo) {
            inserted += load("demo");
        }
        log.info("Seeds loaded (demo data: {}): {} new rows", demo, inserted);
    }

    /**
     * Loads one seed set ({@code reference} or {@code demo}) and returns the number of new rows; rows
     * already present are left alone, so a second load returns 0.
     */
    public int load(String set) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/" + set + "/*.csv");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        int inserted = 0;
        for (Resource file : files) {
            inserted += loadFile(file);
        }
        return inserted;
    }

    private int loadFile(Resource file) throws IOException {
        var matcher = FILE.matcher(file.getFilename());
        if (!matcher.matches()) {
            throw new IllegalStateException("seed file name must be NN_table.csv: " + file.getFilename());
        }
        String table = matcher.group(1);
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            var records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setCommentMarker('#')
                    .setIgnoreSurroundingSpaces(true)
                    .get()
                    .parse(reader);
            List<Column> columns =
                    records.getHeaderNames().stream().map(Column::parse).toList();
            String sql = insertSql(table, columns);
            List<Object[]> rows = new ArrayList<>();
            for (CSVRecord record : records) {
                rows.add(values(table, columns, record));
            }
            Integer count = tx.execute(status -> Arrays.stream(jdbc.batchUpdate(sql, rows))
                    .map(n -> Math.max(n, 0))
                    .sum());
            return count == null ? 0 : count;
        }
    }

    private static String insertSql(String table, List<Column> columns) {
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            names.addAll(column.targetColumns());
        }
        return "INSERT IGNORE INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
    }

    private Object[] values(String table, List<Column> columns, CSVRecord record) {
        java.util.Map<String, Object> byColumn = new java.util.HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String cell = record.get(i);
            String value = cell == null || cell.isEmpty() ? null : cell;
            Column column = columns.get(i);
            switch (column.kind()) {
                case PLAIN -> byColumn.put(column.name(), plain(value));
                case ENCRYPTED -> byColumn.put(column.name() + "_enc", value);
                case PII -> {
                    byColumn.put(column.name() + "_enc", value);
                    byColumn.put(column.name() + "_hash", cipher.blindIndex(value));
                }
            }
        }
        List<Object> values = new ArrayList<>();
        for (Column column : columns) {
            for (String target : column.targetColumns()) {
                Object value = byColumn.get(target);
                values.add(target.endsWith("_enc") ? encrypt(table, target, (String) value, byColumn) : value);
            }
        }
        return values.toArray();
    }

    /** Encrypts a seed value bound to its field and row ({@link PiiField}); the row key comes from the same row. */
    private byte[] encrypt(String table, String column, String value, java.util.Map<String, Object> row) {
        PiiField field = PiiField.of(table, column)
                .orElseThrow(() -> new IllegalStateException("no PiiField for seed column " + table + "." + column));
        Object[] key = field.rowKeyColumns().stream()
                .map(c -> {
                    if (!row.containsKey(c)) {
                        throw new IllegalStateException("seed " + table + " lacks row-key column " + c);
                    }
                    return row.get(c);
                })
                .toArray();
        return cipher.encrypt(field, PiiField.rowKey(key), value);
    }

    /** {@code true}/{@code false} become booleans: sent as strings, MariaDB would store 'true' as 0. */
    private static Object plain(String value) {
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value);
        }
        return value;
    }

    private enum Kind {
        PLAIN,
        ENCRYPTED,
        PII
    }

    private record Column(String name, Kind kind) {

        static Column parse(String header) {
            String[] parts = header.trim().split(":", 2);
            String name = parts[0];
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalStateException("bad seed column name: " + header);
            }
            Kind kind = parts.length == 1
                    ? Kind.PLAIN
                    : switch (parts[1]) {
                        case "pii" -> Kind.PII;
                        case "enc" -> Kind.ENCRYPTED;
                        default -> throw new IllegalStateException("unknown seed column kind: " + header);
                    };
            return new Column(name, kind);
        }

        List<String> targetColumns() {
            return switch (kind) {
                case PLAIN -> List.of(name);
                case ENCRYPTED -> List.of(name + "_enc");
                case PII -> List.of(name + "_enc", name + "_hash");
            };
        }
    }
}
