package cq.assist.web.test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
