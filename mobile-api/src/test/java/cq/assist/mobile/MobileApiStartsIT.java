package cq.assist.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.test.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The resident app starts on MariaDB and answers unknown paths and missing logins as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MobileApiStartsIT {

    @LocalServerPort
    int port;

    @Test
    void readinessIsUpWithoutLogin() {
        HttpApi.Answer answer = new HttpApi(port).get("/readyz");
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void missingTokenIsA401ProblemDocument() {
        HttpApi.Answer answer = new HttpApi(port).get("/api/v1/applications");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void staffEndpointsDoNotExistHere() {
        HttpApi.Answer answer = new HttpApi(port).get("/api/v1/auth/nothing-here");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
