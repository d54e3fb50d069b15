package cq.assist.bench.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The apps under test: {@code nodes} web-api and {@code nodes} mobile-api processes built from this
 * repository (their jars in the modules' {@code target} folders), in the demo profile, on a fresh MariaDB database that the
 * harness creates, connecting as the harness's own database user (so MariaDB's USER_STATISTICS counts
 * only them). web-api node 1 starts first (it migrates and seeds), then the others. Ports: web-api
 * {@code webPort + 2i}, mobile-api {@code mobilePort + 2i} (8480/8481, 8482/8483 by default).
 */
final class Cluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);

    static final String DB_USER = "assist_bench";
    static final String DB_PASSWORD = "bench-only";

    final String database;
    final List<AppNode> web = new ArrayList<>();
    final List<AppNode> mobile = new ArrayList<>();
    final String rootUrl;

    private Cluster(String database, String rootUrl) {
        this.database = database;
        this.rootUrl = rootUrl;
    }

    /**
     * A JDBC connection as root to the harness's database (for counts and counters). The server is shared
     * with other builds' tests: "Too many connections" (error 1040) is retried for up to a minute.
     */
    Connection root() throws SQLException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                return DriverManager.getConnection(rootUrl + "/" + database, "root", "");
            } catch (SQLException e) {
                if (e.getErrorCode() != 1040 && !String.valueOf(e.getMessage()).contains("Too many connections")
                        || System.nanoTime() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static Cluster start(Options o, Path work) throws Exception {
        String db = o.get("db", "assist_load_" + System.currentTimeMillis() / 1000);
        String server = "jdbc:mysql://" + o.get("dbHost", "127.0.0.1:3306");
        Cluster c = new Cluster(db, server);
        Runtime.getRuntime().addShutdownHook(new Thread(c::close)); // Ctrl-C or kill stops the nodes too
        if (o.has("mobileUrls")) { // pointed at running apps: start nothing
            int i = 0;
            for (String url : o.get("mobileUrls", "").split(",")) {
                int port = Integer.parseInt(url.replaceAll(".*:(\\d+).*", "$1"));
                c.mobile.add(AppNode.attached("mobile-api-" + (++i), port, 0));
            }
            return c;
        }
        try (Connection root = DriverManager.getConnection(server + "/?allowMultiQueries=true", "root", "");
                Statement s = root.createStatement()) {
            if (!o.bool("reuse", false)) { // reuse=true keeps an earlier run's database (kept with keep=true)
                s.execute("DROP DATABASE IF EXISTS `" + db + "`");
                s.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            s.execute("CREATE USER IF NOT EXISTS '" + DB_USER + "'@'%' IDENTIFIED BY '" + DB_PASSWORD + "'");
            s.execute("CREATE USER IF NOT EXISTS '" + DB_USER + "'@'localhost' IDENTIFIED BY '" + DB_PASSWORD + "'");
            // the database of this run, whatever its name (db=...); an underscore in a grant is a wildcard
            String grantable = db.replace("_", "\\_");
            s.execute("GRANT ALL PRIVILEGES ON `" + grantable + "`.* TO '" + DB_USER + "'@'%'");
            s.execute("GRANT ALL PRIVILEGES ON `" + grantable + "`.* TO '" + DB_USER + "'@'localhost'");
            if (o.bool("userstat", true)) {
                // MariaDB's per-user statistics (statements, server CPU) of the apps' connections only
                s.execute("SET GLOBAL userstat = ON");
            }
        }
        String params = "nullDatabaseMeansCurrent=true&characterEncoding=UTF-8&connectionTimeZone=SERVER"
                + (o.has("jdbc") ? "&" + o.get("jdbc", "") : "");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", o.get("profiles", "demo"));
        env.put("DB_URL", server + "/" + db + "?" + params);
        env.put("DB_USER", DB_USER);
        env.put("DB_PASSWORD", DB_PASSWORD);
        // the data directory belongs to the database (its demo key material decrypts that database's rows):
        // a fresh database starts with a fresh one, reuse=true finds the keys of the run that filled it
        Path data = Path.of(o.get("dataDir", "benchmarks/target/data/" + db));
        if (!o.bool("reuse", false)) {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
        env.put("ASSIST_DATA_DIR", AppNode.ensureDir(data).toAbsolutePath().toString());
        List<String> jvm =
                new ArrayList<>(Arrays.asList(o.get("jvm", "-Xms256m -Xmx1g").split(" ")));
        List<String> common = new ArrayList<>();
        common.add("--assist.sms.per-ip-limit=1000000");
        // the harness files and uploads thousands a run as a few workers: lift the per-account daily caps
        common.add("--assist.intake.daily-per-worker=1000000000");
        common.add("--assist.files.daily-per-account=1000000000");
        common.add("--spring.datasource.hikari.maximum-pool-size=" + o.get("pool", "20"));
        if (o.has("appArgs")) {
            common.addAll(Arrays.asList(o.get("appArgs", "").trim().split(" +")));
        }
        Path root = Path.of(o.get("repo", "."));
        // copies: a build running meanwhile may rewrite the jars in target/ under the running apps
        Path webJar = java.nio.file.Files.copy(
                root.resolve("web-api/target/assist-web-api-0.1.0-SNAPSHOT.jar"),
                work.resolve("web-api.jar"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path mobileJar = java.nio.file.Files.copy(
                root.resolve("mobile-api/target/assist-mobile-api-0.1.0-SNAPSHOT.jar"),
                work.resolve("mobile-api.jar"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int nodes = o.integer("nodes", 1);
        int webPort = o.integer("webPort", 8480);
        int mobilePort = o.integer("mobilePort", 8481);
        try {
            for (int i = 0; i < o.integer("webNodes", nodes); i++) {
                List<String> args = new ArrayList<>(common);
                args.add("--flowable.process.async.executor.lock-owner=web-api-" + (i + 1));
                if (o.has("webArgs")) {
                    args.addAll(Arrays.asList(o.get("webArgs", "").trim().split(" +")));
                }
                c.web.add(AppNode.start(
                        "web-api-" + (i + 1), webJar, "WEB_API_PORT", webPort + 2 * i, env, jvm, args, work));
                LOG.info(
                        "Started web-api-{} on {} (pid {})",
                        i + 1,
                        webPort + 2 * i,
                        c.web.get(i).pid());
            }
            for (int i = 0; i < nodes; i++) {
                List<String> args = new ArrayList<>(common);
                args.add("--flowable.process.async.executor.lock-owner=mobile-api-" + (i + 1));
                if (o.has("mobileArgs")) {
                    args.addAll(Arrays.asList(o.get("mobileArgs", "").trim().split(" +")));
                }
                c.mobile.add(AppNode.start(
                        "mobile-api-" + (i + 1),
                        mobileJar,
                        "MOBILE_API_PORT",
                        mobilePort + 2 * i,
                        env,
                        jvm,
                        args,
                        work));
                LOG.info(
                        "Started mobile-api-{} on {} (pid {})",
                        i + 1,
                        mobilePort + 2 * i,
                        c.mobile.get(i).pid());
            }
        } catch (Exception e) {
            c.close();
            throw e;
        }
        return c;
    }

    List<AppNode> all() {
        List<AppNode> all = new ArrayList<>(web);
        all.addAll(mobile);
        return all;
    }

    @Override
    public void close() {
        for (AppNode n : all()) {
            n.stop();
        }
    }

    /** {@code key=value} command-line options. */
    static final class Options {
        private final Map<String, String> values = new LinkedHashMap<>();

        Options(String[] args) {
            for (String a : args) {
                int eq = a.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("expected key=value, got " + a);
                }
                values.put(a.substring(0, eq), a.substring(eq + 1));
            }
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        String get(String key, String otherwise) {
            return values.getOrDefault(key, otherwise);
        }

        int integer(String key, int otherwise) {
            return has(key) ? Integer.parseInt(values.get(key)) : otherwise;
        }

        boolean bool(String key, boolean otherwise) {
            return has(key) ? Boolean.parseBoolean(values.get(key)) : otherwise;
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }
}
