package cq.assist.webapi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.TestIdNumbers;
import cq.assist.core.login.Roles;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Outside the demo profile the registry staging endpoint does not exist, not even for an admin. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryDevEndpointOutsideDemoIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

    @Test
    void isNotFoundOutsideTheDemoProfile() {
        String token = tokens.issue("it-admin", List.of(Roles.ADMIN), Map.of()).accessToken();

        HttpApi.Answer answer = new HttpApi(port)
                .as(token)
                .put("/api/v1/dev/registry/persons/" + TestIdNumbers.adult(), Map.of("name", "孙测试"));

        assertThat(answer.status()).isEqualTo(404);
    }
}
