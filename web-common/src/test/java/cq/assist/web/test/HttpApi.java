package cq.assist.web.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny HTTP client for integration tests against a running app on a random port: real sockets,
 * real filters, real JSON. Bodies are sent as JSON; answers are parsed when they are JSON.
 */
public final class HttpApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private String bearer;

    public HttpApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Sends later requests with this bearer token (null: none). */
    public HttpApi as(String token) {
        HttpApi copy = new HttpApi(0, base);
        copy.bearer = token;
        return copy;
    }

    private HttpApi(int unused, String base) {
        this.base = base;
    }

    public Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Answer post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Answer put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    /** The Prometheus scrape ({@code GET /actuator/prometheus} as text): call it on a management port. */
    public Answer prometheus() {
        return send("GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain"));
    }

    /**
     * Asserts what both apps promise operators: the Prometheus metrics answer on the management port, with the
     * system's own gauges and the JVM's, and never on the app port.
     */
    public static void assertPrometheusOnTheManagementPortOnly(int port, int managementPort) {
        Answer metrics = new HttpApi(managementPort).prometheus();
        org.assertj.core.api.Assertions.assertThat(metrics.status())
                .as(metrics.toString())
                .isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(metrics.text())
                .contains("assist_jobs{state=\"executable\"}")
                .contains("jvm_memory_used_bytes");
        org.assertj.core.api.Assertions.assertThat(
                        new HttpApi(port).get("/actuator/prometheus").status())
                .as("not on the app port")
                .isIn(401, 403, 404);
    }

    public Answer send(String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (bearer != null) {
                all.put("Authorization", "Bearer " + bearer);
            }
            all.putIfAbsent("Accept", "application/json, application/problem+json");
            all.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else if (body instanceof byte[] bytes) {
                request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            } else {
                request.header("Content-Type", "application/json");
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                request.method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers, raw body and its JSON when it is JSON. */
    public record Answer(HttpResponse<byte[]> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public byte[] bytes() {
            return response.body();
        }

        public String text() {
            return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        @Override
        public String toString() {
            return status() + " " + text();
        }
    }
}
