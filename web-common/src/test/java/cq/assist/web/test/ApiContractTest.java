package cq.assist.web.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
     * The repository's {@code docs/API.md} starts with the shared contract word for word, so the apps'
     * {@code ApiContractIT}s (which compare the served OpenAPI documents with docs/API.md) also hold the apps
     * to {@code ../shared/API.md}; what the apps add goes below "# Beyond the contract". Skipped where the
     * shared folder is not beside the checkout (set {@code ASSIST_SHARED_API} to point at the contract).
     */
    @Test
    void theRepositoryCopyStartsWithTheSharedContractWordForWord() throws Exception {
        String configured = System.getenv("ASSIST_SHARED_API");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "API.md");
        assumeTrue(Files.isRegularFile(shared), "no shared contract at " + shared.toAbsolutePath());
        String copy = Files.readString(Path.of("..", "docs", "API.md"), StandardCharsets.UTF_8);
        int beyond = copy.indexOf("\n# Beyond the contract");
        assertThat(beyond)
                .as("docs/API.md has its '# Beyond the contract' part")
                .isPositive();
        String top = copy.substring(0, beyond).replaceFirst("\\s*---\\s*$", "").strip();

        assertThat(top)
                .as("docs/API.md above '# Beyond the contract' must equal ../shared/API.md; move additions below it")
                .isEqualTo(Files.readString(shared, StandardCharsets.UTF_8).strip());
    }
}
