package cq.assist.web.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies over the apps' 1 MB cap and what their answer must be (issue 7 / review H1): a 413 problem document
 * ({@code type} ending {@code /payload-too-large}), sent over {@link RawHttp} so that a connection dropped
 * under the client shows. Shared by both apps' {@code OversizedBodyIT}.
 */
public final class OversizedBodies {

    /** The JSON body cap of both apps. */
    public static final int ONE_MB = 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OversizedBodies() {}

    /**
     * A JSON object of exactly {@code totalBytes} bytes: {@code leading} (e.g. {@code "phone":"13800000000",})
     * and then {@code field} padded with digits.
     */
    public static byte[] json(String leading, String field, int totalBytes) {
        String start = "{" + leading + "\"" + field + "\":\"";
        String end = "\"}";
        return (start + "1".repeat(totalBytes - start.length() - end.length()) + end).getBytes(StandardCharsets.UTF_8);
    }

    /** The headers of a JSON request. */
    public static Map<String, String> jsonHeaders() {
        return Map.of("Content-Type", "application/json", "Accept", "application/json");
    }

    /** The answer is a 413 problem document. */
    public static void assertTooLarge(RawHttp.Exchange answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("type").asString()).endsWith("/payload-too-large");
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
