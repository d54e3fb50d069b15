package cq.assist.bench.load;

import cq.assist.core.intake.ApplicationForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The community worker's side of intake over HTTP, as the mobile app does it: SMS login (the code read
 * from the demo outbox, {@code GET /api/v1/dev/sms-outbox}), ID-card photo upload, and
 * {@code POST /api/v1/applications} with an Idempotency-Key.
 */
final class MobileClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    private String token;

    MobileClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** The same login on another node (tokens are signed with the key all nodes share). */
    MobileClient on(String otherBase) {
        MobileClient c = new MobileClient(http, otherBase);
        c.token = token;
        return c;
    }

    /** Logs the phone in: asks for a code, reads it from the demo outbox, logs in. */
    void logIn(String phone) throws IOException, InterruptedException {
        HttpResponse<String> asked = post("/api/v1/auth/sms-code", Map.of("phone", phone), null);
        require(asked, 202);
        HttpResponse<String> outbox = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/dev/sms-outbox?phone=" + phone))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        require(outbox, 200);
        String code = JSON.readTree(outbox.body()).get(0).get("code").asString();
        HttpResponse<String> login = post("/api/v1/auth/login", Map.of("phone", phone, "code", code), null);
        require(login, 200);
        token = JSON.readTree(login.body()).get("accessToken").asString();
    }

    /** Uploads a small PNG as the ID-card photo and returns its file id. */
    String uploadPhoto(byte[] png) throws IOException, InterruptedException {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"id.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/files"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        require(r, 201);
        return JSON.readTree(r.body()).get("fileId").asString();
    }

    /** Files the application (async); the answer's status is 201 for a new application, 200 for a replay. */
    CompletableFuture<HttpResponse<String>> submit(ApplicationForm form, String idempotencyKey) {
        return http.sendAsync(
                request("/api/v1/applications", form, idempotencyKey), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Object body, String key) throws IOException, InterruptedException {
        return http.send(request(path, body, key), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, Object body, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return b.build();
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static void require(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(
                    r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static byte[] png() {
        var image = new java.awt.image.BufferedImage(64, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFFFFFF);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
