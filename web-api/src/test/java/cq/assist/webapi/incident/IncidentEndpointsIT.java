package cq.assist.webapi.incident;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.task.StaffTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dead-letter view for administrators (issue 7): open incidents are listed newest first with their
 * step and cause; a retry of an unknown incident is 404, of one whose job is gone 409; other staff get
 * 403. (The whole way, from a failing check to a working retry, is StuckStepIncidentIT in mobile-api.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentEndpointsIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorListsOpenIncidentsAndARetryOfAVanishedJobIs409() {
        StaffTokens tokens = new StaffTokens(tokenService);
        HttpApi admin = new HttpApi(port).as(tokens.admin());
        String job = "it-job-" + UUID.randomUUID();
        jdbc.update(
                "INSERT INTO case_incident (application_id, job_id, element_id, cause, status, create_time)"
                        + " VALUES (NULL, ?, 'runEconomicCheck', 'java.lang.IllegalStateException: source down', 'OPEN', CURRENT_TIMESTAMP(3))",
                job);
        long id = jdbc.queryForObject("SELECT id FROM case_incident WHERE job_id = ?", Long.class, job);

        HttpApi.Answer list = admin.get("/api/v1/admin/incidents?status=OPEN&size=100");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode incident : list.json()) {
            if (incident.get("id").asLong() == id) {
                mine = incident;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("step").asString()).isEqualTo("runEconomicCheck");
        assertThat(mine.get("cause").asString()).contains("source down");
        assertThat(mine.get("status").asString()).isEqualTo("OPEN");
        assertThat(admin.post("/api/v1/admin/incidents/" + id + "/retry", Map.of())
                        .status())
                .as("no dead-lettered job with that id")
                .isEqualTo(409);
        assertThat(admin.post("/api/v1/admin/incidents/999999999/retry", Map.of())
                        .status())
                .isEqualTo(404);
        HttpApi.Answer bogus = admin.get("/api/v1/admin/incidents?status=BOGUS&size=1000");
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.json().get("errors").toString()).contains("\"status\"").contains("\"size\"");
    }

    @Test
    void otherStaffAreRefused() {
        HttpApi approver = new HttpApi(port).as(new StaffTokens(tokenService).districtApprover("500103"));

        assertThat(approver.get("/api/v1/admin/incidents").status()).isEqualTo(403);
        assertThat(approver.post("/api/v1/admin/incidents/1/retry", Map.of()).status())
                .isEqualTo(403);
    }
}
