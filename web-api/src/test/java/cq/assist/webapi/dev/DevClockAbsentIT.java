package cq.assist.webapi.dev;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Outside the demo profile the clock endpoint does not exist, even for an administrator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevClockAbsentIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Test
    void clockEndpointIs404WithoutTheDemoProfile() {
        String admin = new StaffTokens(tokenService).admin();

        HttpApi.Answer answer = new HttpApi(port).as(admin).post("/api/v1/dev/clock", Map.of("advanceDays", 1));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
    }
}
