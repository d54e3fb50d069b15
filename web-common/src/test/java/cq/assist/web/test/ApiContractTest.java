package cq.assist.web.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ApiContractTest {

    private static final String MARKDOWN = String.join(
            "\n",
            "## Demo profile",
            "- `GET /api/v1/dev/sms-outbox?phone=...` (mobile-api) returns the messages",
            "- `POST /api/v1/dev/clock {\"advanceDays\": n}` (web-api, admin only) moves the clock. 404 elsewhere.",
            "## mobile-api",
            "| method, path | body | answer |",
            "|---|---|---|",
            "| POST `/auth/sms-code` | `{phone}` | 202. More than 5 requests in 10 minutes: 429 with `Retry-After` |",
            "| GET `/applications/{id}` | | application view; someone else's: 404 |",
            "- `PUT /dev/registry/persons/{idNumber}` (demo) also takes `phone`.",
            "## web-api",
            "| GET `/tasks` | query `size` (≤ 100, default 20) | the list |",
            "## Residents after filing (mobile-api)",
            "| GET `/charity-projects?applicationId=` | | the projects |");

    @Test
    void readsTheRowsUnderTheHeadingsThatNameTheAppAndItsDemoBullets() {
        ApiContract mobile = ApiContract.parse(MARKDOWN, "mobile-api");

        assertThat(mobile.keys())
                .containsExactlyInAnyOrder(
                        "GET /api/v1/dev/sms-outbox",
                        "POST /api/v1/auth/sms-code",
                        "GET /api/v1/applications/{}",
                        "GET /api/v1/charity-projects");
        assertThat(ApiContract.parse(MARKDOWN, "web-api").keys())
                .containsExactlyInAnyOrder("POST /api/v1/dev/clock", "GET /api/v1/tasks");
    }

    @Test
    void takesTheClientErrorsNamedInTheAnswerColumnOnly() {
        ApiContract mobile = ApiContract.parse(MARKDOWN, "mobile-api");

        assertThat(mobile.problems().get("POST /api/v1/auth/sms-code")).containsExactly(429);
        assertThat(mobile.problems().get("GET /api/v1/applications/{}")).containsExactly(404);
        assertThat(ApiContract.parse(MARKDOWN, "web-api").problems().get("GET /api/v1/tasks"))
                .isEmpty();
    }

    @Test
    void theRepositoryCopyListsBothApps() {
        assertThat(ApiContract.ofRepository("mobile-api").keys()).contains("POST /api/v1/applications");
        assertThat(ApiContract.ofRepository("web-api").keys()).contains("POST /api/v1/tasks/{}/complete");
    }

    /**
     * SHA-256 of the shared contract's text ({@code ../shared/API.md}, stripped) this repository was built
     * against. When the contract changes, copy it into the top of docs/API.md and put its new digest here.
     */
    static final String CONTRACT_SHA256 = "5065702abcc551f6cec05bb41b434bfc17c9a8724c107e5243aa6d983a1bc77a";

    /**
     * The repository's {@code docs/API.md} starts with the shared contract word for word, so the apps'
     * {@code ApiContractIT}s (which compare the served OpenAPI documents with docs/API.md) also hold the apps
     * to {@code ../shared/API.md}; what the apps add goes below "# Beyond the contract". Checked against the
     * recorded digest of the contract always, and against the shared file itself where it lies beside the
     * checkout (or where {@code ASSIST_SHARED_API} points).
     */
    @Test
    void theRepositoryCopyStartsWithTheSharedContractWordForWord() throws Exception {
        String copy = Files.readString(Path.of("..", "docs", "API.md"), StandardCharsets.UTF_8);
        int beyond = copy.indexOf("\n# Beyond the contract");
        assertThat(beyond)
                .as("docs/API.md has its '# Beyond the contract' part")
                .isPositive();
        String top = copy.substring(0, beyond).replaceFirst("\\s*---\\s*$", "").strip();

        assertThat(sha256(top))
                .as(
                        "docs/API.md above '# Beyond the contract' must be the contract as recorded; move additions below it")
                .isEqualTo(CONTRACT_SHA256);
        String configured = System.getenv("ASSIST_SHARED_API");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "API.md");
        if (Files.isRegularFile(shared)) {
            assertThat(top)
                    .as("../shared/API.md changed: copy it into docs/API.md and record its digest")
                    .isEqualTo(Files.readString(shared, StandardCharsets.UTF_8).strip());
        }
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
