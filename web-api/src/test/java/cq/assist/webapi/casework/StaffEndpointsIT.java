package cq.assist.webapi.casework;

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

/** Staff application endpoints and the dashboard over HTTP (the journey IT covers their content). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffEndpointsIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Test
    void anApplicationOutsideTheScopeIsNotFound() {
        HttpApi staff = new HttpApi(port).as(new StaffTokens(tokenService).districtApprover("500105"));
        String unknown = UUID.randomUUID().toString();

        assertThat(staff.get("/api/v1/applications/" + unknown).status()).isEqualTo(404);
        assertThat(staff.post("/api/v1/applications/" + unknown + "/objections", Map.of("text", "异议"))
                        .status())
                .isEqualTo(404);
        assertThat(staff.post("/api/v1/applications/" + unknown + "/objections", Map.of("text", ""))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theDashboardCountsByStatusAndDepartment() {
        StaffTokens tokens = new StaffTokens(tokenService);
        HttpApi.Answer answer = new HttpApi(port).as(tokens.admin()).get("/api/v1/stats");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().has("applicationsByStatus")).isTrue();
        assertThat(answer.json().has("backlogByDepartment")).isTrue();
        assertThat(answer.json().get("overdueTasks").isNumber()).isTrue();
        assertThat(new HttpApi(port)
                        .as(tokens.streetReviewer("500103001"))
                        .get("/api/v1/stats")
                        .status())
                .isEqualTo(403);
    }
}
