package cq.assist.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One app process (web-api or mobile-api) started from its jar, in the {@code demo} profile, on the
 * harness's database; its output goes to {@code <work>/<name>.log}. Or a node the harness is only
 * pointed at ({@link #attached}), which it neither starts nor stops and whose CPU it cannot read unless
 * given the pid.
 */
final class AppNode {

    final String name;
    final int port;
    private final Process process;
    private final long pid;

    private AppNode(String name, int port, Process process, long pid) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.pid = pid;
    }

    /** A running node the harness does not own; {@code pid} 0 when unknown. */
    static AppNode attached(String name, int port, long pid) {
        return new AppNode(name, port, null, pid);
    }

    /**
     * Starts {@code java <jvmArgs> -jar <jar> <appArgs>} with the database and port in the environment,
     * and waits until the readiness probe {@code /readyz} answers 200 (at most 4 minutes on a busy machine).
     */
    static AppNode start(
            String name,
            Path jar,
            String portVariable,
            int port,
            Map<String, String> env,
            List<String> jvmArgs,
            List<String> appArgs,
            Path work)
            throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(appArgs);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.environment().put(portVariable, Integer.toString(port));
        pb.redirectErrorStream(true);
        pb.redirectOutput(work.resolve(name + ".log").toFile());
        try {
            Process p = pb.start();
            AppNode node = new AppNode(name, port, p, p.pid());
            node.awaitHealthy(Duration.ofMinutes(4));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return pid;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    boolean alive() {
        return process == null || process.isAlive();
    }

    private void awaitHealthy(Duration limit) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see its log");
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/readyz"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become healthy in " + limit);
    }

    /** Starts a JFR recording in the node ({@code jcmd <pid> JFR.start settings=profile}). */
    void startJfr(Path file) {
        jcmd("JFR.start", "name=load", "settings=profile", "filename=" + file.toAbsolutePath());
    }

    /** Stops the recording and writes the file. */
    void stopJfr() {
        jcmd("JFR.stop", "name=load");
    }

    private void jcmd(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(pid));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process at once ({@code kill -9}): no shutdown hook, no graceful stop. */
    void killHard() {
        if (process != null) {
            try {
                new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
                process.waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops a node the harness started (SIGTERM, then SIGKILL after 30 s). */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path ensureDir(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
