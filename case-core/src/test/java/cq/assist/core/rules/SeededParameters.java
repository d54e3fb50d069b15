package cq.assist.core.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real seed files {@code 40_policy_parameter.csv} and {@code 10_region.csv} (for the region names reasons
 * print), read from the seeds module's sources.
 */
public final class SeededParameters {

    private static final String FILE = "seeds/src/main/resources/seeds/reference/40_policy_parameter.csv";
    private static final String REGIONS = "seeds/src/main/resources/seeds/reference/10_region.csv";

    private static List<ParameterRow> rows;
    private static Map<String, String> regionNames;

    private SeededParameters() {}

    /** All rows of the seed file. */
    public static synchronized List<ParameterRow> rows() {
        if (rows == null) {
            rows = read(locate());
        }
        return rows;
    }

    /** Region code to name, from the region seed file. */
    public static synchronized Map<String, String> regionNames() {
        if (regionNames == null) {
            regionNames = readRegions(locate(REGIONS));
        }
        return regionNames;
    }

    public static PolicyParameters parameters() {
        return PolicyParameters.of(rows(), regionNames());
    }

    private static Path locate() {
        return locate(FILE);
    }

    private static Path locate(String file) {
        for (String base : new String[] {System.getProperty("assist.repo", ""), ".", "..", "../.."}) {
            Path candidate = Path.of(base.isEmpty() ? "." : base).resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find " + file + " (set -Dassist.repo=<repository root>)");
    }

    private static Map<String, String> readRegions(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, String> names = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    List<String> cells = cells(line);
                    names.put(cells.get(0), cells.get(1));
                }
            }
            return Map.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ParameterRow> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<ParameterRow> result = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = cells(line);
                result.add(new ParameterRow(
                        cells.get(0),
                        cells.get(1),
                        LocalDate.parse(cells.get(2)),
                        new BigDecimal(cells.get(3)),
                        cells.get(4),
                        cells.size() > 5 ? cells.get(5) : null));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one RFC 4180 line (quoted cells may hold commas; doubled quotes are a quote). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
