package cq.assist.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.test.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staff app starts on MariaDB with Flyway-owned Flowable tables and answers errors as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebApiStartsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readinessIsUpWithoutLogin() {
        HttpApi.Answer answer = new HttpApi(port).get("/readyz");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void missingTokenIsA401ProblemDocument() {
        HttpApi.Answer answer = new HttpApi(port).get("/api/v1/tasks");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).endsWith("/unauthenticated");
        assertThat(answer.json().get("title").asString()).isEqualTo("需要登录");
    }

    @Test
    void forgedTokenIsRejected() {
        HttpApi.Answer answer =
                new HttpApi(port).as("eyJhbGciOiJIUzI1NiJ9.e30.bogus").get("/api/v1/tasks");
        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void flowableTimestampsKeepMillisecondsOnMariaDb() {
        Integer precision = jdbc.queryForObject(
                "SELECT DATETIME_PRECISION FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND UPPER(TABLE_NAME) = 'ACT_RU_TASK' AND UPPER(COLUMN_NAME) = 'CREATE_TIME_'",
                Integer.class);
        assertThat(precision).isEqualTo(3);
    }
}
