package cq.assist.mobile.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.test.ApiContract;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.OpenApiAgreement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * mobile-api's OpenAPI document ({@code /v3/api-docs}, on in the demo profile) serves exactly the operations
 * {@code docs/API.md} lists for mobile-api, each with its problem responses, and the UI answers; the
 * Prometheus metrics answer on the management port in the demo too (README, "Operating it").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ApiContractIT {

    /**
     * Operations of API.md that no one has built in mobile-api yet (other open issues); keep this list as
     * short as the truth allows and remove an entry as soon as it is served.
     */
    static final Set<String> NOT_BUILT_YET = Set.of();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void theDocumentAndApiMdListTheSameOperationsWithTheirProblems() {
        HttpApi.Answer docs = new HttpApi(port).get("/v3/api-docs");

        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo("mobile-api");
        OpenApiAgreement.assertAgrees(docs.json(), ApiContract.ofRepository("mobile-api"), NOT_BUILT_YET);
    }

    @Test
    void aLoggedInOperationCarriesTheBearerRequirementAndAnOpenOneDoesNot() {
        var operations = OpenApiAgreement.operations(
                new HttpApi(port).get("/v3/api-docs").json());

        assertThat(operations.get("GET /api/v1/applications").path("security").toString())
                .contains("bearer");
        assertThat(operations.get("GET /api/v1/applications").path("responses").has("401"))
                .isTrue();
        assertThat(operations.get("POST /api/v1/auth/sms-code").has("security")).isFalse();
        assertThat(operations
                        .get("POST /api/v1/auth/sms-code")
                        .path("responses")
                        .has("429"))
                .isTrue();
    }

    @Test
    void theSwaggerUiAnswers() {
        HttpApi.Answer ui = new HttpApi(port).get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("swagger-ui");
        assertThat(new HttpApi(port).get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void prometheusAnswersOnTheManagementPortInTheDemo() {
        HttpApi.assertPrometheusOnTheManagementPortOnly(port, managementPort);
    }
}
