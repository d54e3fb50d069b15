package cq.assist.web.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The endpoints {@code docs/API.md} (the contract, a copy of {@code ../shared/API.md}, plus its "Beyond the
 * contract" sections) lists for one app, read from its tables ({@code | METHOD `/path` | body | answer |})
 * under the headings that name the app, and from the demo profile's bullets that name it. Each endpoint
 * carries the 4xx statuses its answer names. Paths start with {@code /api/v1}; a query string is dropped.
 */
public final class ApiContract {

    /** An operation as {@code "METHOD /api/v1/path"}, with path variables written {@code {}}. */
    public record Endpoint(String method, String path, Set<Integer> problems) {

        public String key() {
            return method + " " + normalize(path);
        }
    }

    private static final Pattern ROW =
            Pattern.compile("^\\|\\s*(GET|POST|PUT|DELETE|PATCH)\\s+`(/[^`]+)`\\s*\\|(.*)\\|\\s*$");
    private static final Pattern BULLET =
            Pattern.compile("^- `(GET|POST|PUT|DELETE|PATCH) (/api/v1/[^`\\s?]+)[^`]*`.*\\((mobile-api|web-api)\\b.*");
    private static final Pattern STATUS = Pattern.compile("\\b(4\\d\\d)\\b");

    private final List<Endpoint> endpoints;

    private ApiContract(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    /** Reads {@code docs/API.md} from the repository root (the test runs in a module directory). */
    public static ApiContract ofRepository(String app) {
        Path file = Path.of("..", "docs", "API.md");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), app);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /**
     * The endpoints of one app.
     *
     * @param markdown the text of API.md
     * @param app {@code mobile-api} or {@code web-api}
     */
    public static ApiContract parse(String markdown, String app) {
        List<Endpoint> found = new ArrayList<>();
        String section = "";
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                section = line;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                if (bullet.group(3).equals(app)) {
                    found.add(new Endpoint(bullet.group(1), bullet.group(2), Set.of()));
                }
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches() && namesApp(section, app)) {
                String[] cells = row.group(3).split("\\|");
                String answer = cells[cells.length - 1];
                Set<Integer> problems = new TreeSet<>();
                Matcher status = STATUS.matcher(answer);
                while (status.find()) {
                    problems.add(Integer.parseInt(status.group(1)));
                }
                String path = row.group(2).replaceFirst("\\?.*$", "");
                found.add(new Endpoint(row.group(1), "/api/v1" + path, problems));
            }
        }
        return new ApiContract(found);
    }

    private static boolean namesApp(String heading, String app) {
        String h = heading.toLowerCase(Locale.ROOT);
        return h.equals("## " + app) || h.contains("(" + app + ")");
    }

    /** Every endpoint, in the order API.md lists them (an endpoint listed twice appears twice). */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The operation keys ({@link Endpoint#key()}) of every endpoint. */
    public Set<String> keys() {
        return endpoints.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The 4xx statuses named per operation key (merged when an endpoint is listed twice). */
    public Map<String, Set<Integer>> problems() {
        Map<String, Set<Integer>> byKey = new TreeMap<>();
        endpoints.forEach(
                e -> byKey.computeIfAbsent(e.key(), k -> new TreeSet<>()).addAll(e.problems()));
        return byKey;
    }

    /** A path with its variables written {@code {}}, so {@code {id}} and {@code {taskId}} compare alike. */
    public static String normalize(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
