package cq.assist.webapi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.ops.AssistMetrics;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.RequestIds;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator sees of web-api outside the demo profile: probes on the app port; health groups and
 * Prometheus metrics on the management port; no API document; a request id on every answer, refused
 * ones too.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-components=always")
class OperationsIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    AssistMetrics metrics;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void probesOnTheAppPortHealthGroupsOnTheManagementPort() {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(new HttpApi(port).get("/readyz").status()).isEqualTo(200);
        assertThat(new HttpApi(port).get("/livez").status()).isEqualTo(200);
        assertThat(new HttpApi(port).get("/v3/api-docs").status()).isEqualTo(404);

        HttpApi.Answer readiness = new HttpApi(managementPort).get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.json().path("components").propertyNames())
                .containsExactlyInAnyOrder("db", "flowable", "readinessState");
        assertThat(new HttpApi(managementPort).get("/actuator/health/liveness").status())
                .isEqualTo(200);
    }

    @Test
    void aRefusedRequestHasARequestIdAndIsCountedByStatus() {
        HttpApi.Answer refused = new HttpApi(port).get("/api/v1/tasks");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
        HttpApi.Answer badLogin = new HttpApi(port)
                .send(
                        "POST",
                        "/api/v1/auth/login",
                        Map.of("username", "nobody", "password", "wrong", "totp", "000000"),
                        Map.of());
        assertThat(badLogin.status()).isEqualTo(401);

        metrics.refresh();
        String prometheus = new HttpApi(managementPort).prometheus().text();
        assertThat(prometheus)
                .containsPattern(
                        "http_server_requests_seconds_count\\{[^}]*status=\"401\",uri=\"/api/v1/auth/login\"} [1-9]")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/auth/login\"")
                .contains("assist_jobs{state=\"executable\"}")
                .contains("assist_jobs{state=\"deadletter\"}")
                .contains("hikaricp_connections_active");
    }

    @Test
    void monitoringRunsAreCountedByStatus() {
        String runId = UUID.randomUUID().toString();
        // a failed run long ago: no reader of the latest run sees it, and it is removed again
        jdbc.update(
                "INSERT INTO monitoring_run (id, trigger_kind, region_code, reason, screen_date, status, error,"
                        + " started_at, finished_at, create_by) VALUES (?, 'SCHEDULE', '500103', 'OperationsIT',"
                        + " '2001-01-01', 'FAILED', 'OperationsIT', '2001-01-01 02:00:00', '2001-01-01 02:00:01', 'system')",
                runId);
        try {
            metrics.refresh();
            String prometheus = new HttpApi(managementPort).prometheus().text();
            assertThat(prometheus).containsPattern("assist_monitoring_runs\\{status=\"FAILED\"} [1-9]");
        } finally {
            jdbc.update("DELETE FROM monitoring_run WHERE id = ?", runId);
        }
    }
}
