package cq.assist.webapi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.TestIdNumbers;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo-only registry staging endpoint: admins upsert a person, everyone else is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class RegistryDevEndpointIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokens;

    @Autowired
    PiiCipher cipher;

    @Autowired
    JdbcTemplate jdbc;

    private HttpApi as(String role) {
        return new HttpApi(port)
                .as(tokens.issue("it-" + role, List.of(role), Map.of()).accessToken());
    }

    @Test
    void createsThenUpdatesAPersonByIdNumber() {
        String idNumber = TestIdNumbers.adult();
        HttpApi admin = as(Roles.ADMIN);

        HttpApi.Answer created = admin.put(
                "/api/v1/dev/registry/persons/" + idNumber,
                Map.of("name", "张测试", "monthlyWage", "1200.50", "homes", 1, "disabilityGrade", 2));
        HttpApi.Answer updated = admin.put(
                "/api/v1/dev/registry/persons/" + idNumber, Map.of("name", "张测试", "monthlyPension", "900.00"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT name, monthly_wage, monthly_pension, homes, disability_grade, id_number_enc"
                        + " FROM registry_person WHERE id_number_hash = ?",
                cipher.blindIndex(idNumber));
        assertThat(row.get("name")).isEqualTo("张测试");
        assertThat(row.get("monthly_wage")).isNull();
        assertThat(row.get("homes")).isNull();
        assertThat(row.get("monthly_pension").toString()).isEqualTo("900.00");
        assertThat(cipher.decrypt(cq.assist.core.pii.PiiField.REGISTRY_ID_NUMBER, cipher.blindIndex(idNumber), (byte[])
                        row.get("id_number_enc")))
                .isEqualTo(idNumber);
    }

    @Test
    void rejectsANegativeAmountNamingTheField() {
        HttpApi.Answer answer = as(Roles.ADMIN)
                .put("/api/v1/dev/registry/persons/" + TestIdNumbers.adult(), Map.of("name", "李测试", "deposits", "-1"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("deposits");
    }

    @Test
    void rejectsAnInvalidIdNumberNamingTheField() {
        String bad = TestIdNumbers.adult().substring(0, 17) + "Z";

        HttpApi.Answer answer = as(Roles.ADMIN).put("/api/v1/dev/registry/persons/" + bad, Map.of("name", "王测试"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
        assertThat(answer.json().get("errors").toString()).doesNotContain(bad);
    }

    @Test
    void refusesANonAdmin() {
        HttpApi.Answer answer = as(Roles.STREET_REVIEWER)
                .put("/api/v1/dev/registry/persons/" + TestIdNumbers.adult(), Map.of("name", "赵测试"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesACallWithoutToken() {
        HttpApi.Answer answer =
                new HttpApi(port).put("/api/v1/dev/registry/persons/" + TestIdNumbers.adult(), Map.of("name", "钱测试"));

        assertThat(answer.status()).isEqualTo(401);
    }
}
