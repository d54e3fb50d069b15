package cq.assist.webapi.task;

import cq.assist.web.test.HttpApi;
import java.time.Duration;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Finding a staff member's open task through {@code GET /api/v1/tasks}, as the console's inbox does. */
public final class OpenTasks {

    private OpenTasks() {}

    /** The id of the caller's open task of the application (the first 100 of its inbox), or null. */
    public static String of(HttpApi as, String applicationId) {
        for (JsonNode t : as.get("/api/v1/tasks?status=open&size=100").json()) {
            if (t.get("applicationId").asString().equals(applicationId)) {
                return t.get("taskId").asString();
            }
        }
        return null;
    }

    /** What the probe finds within 30 seconds (the engine's asynchronous steps), polled every 200 ms; else null. */
    public static <T> T eventually(Supplier<T> probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = probe.get();
        while (value == null && System.nanoTime() < until) {
            Thread.sleep(200);
            value = probe.get();
        }
        return value;
    }
}
