package cq.assist.webapi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.rules.ParamKey;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.task.StaffTokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/admin/parameters}: versions listed, published (201), refused by field (400) and twice (409). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParameterVersionsIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    PolicyParameterCatalog catalog;

    HttpApi admin;
    StaffTokens tokens;

    @BeforeEach
    void setUp() {
        tokens = new StaffTokens(tokenService);
        admin = new HttpApi(port).as(tokens.admin());
    }

    @Test
    void aNewVersionIsListedWithItsAuthorAndUsedByTheRulesFromItsDate() {
        LocalDate from = LocalDate.of(2031 + ThreadLocalRandom.current().nextInt(60), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(360));
        HttpApi.Answer created = admin.post(
                "/api/v1/admin/parameters",
                Map.of(
                        "key", "DIBAO_STANDARD_URBAN",
                        "regionCode", "500103",
                        "value", "905.50",
                        "effectiveFrom", from.toString(),
                        "source", "渝中区民政局通知（测试）"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("value").asString()).isEqualTo("905.50");
        assertThat(created.json().get("unit").asString()).isEqualTo("YUAN_MONTH");
        assertThat(created.json().get("createdBy").asString()).startsWith("it-admin-");

        JsonNode listed = admin.get("/api/v1/admin/parameters?key=DIBAO_STANDARD_URBAN&regionCode=500103")
                .json();
        List<String> dates = new ArrayList<>();
        for (JsonNode v : listed) {
            assertThat(v.get("key").asString()).isEqualTo("DIBAO_STANDARD_URBAN");
            assertThat(v.get("regionCode").asString()).isEqualTo("500103");
            dates.add(v.get("effectiveFrom").asString());
        }
        assertThat(dates)
                .contains(from.toString())
                .hasSizeGreaterThanOrEqualTo(2)
                .isSorted();

        assertThat(catalog.current().at(from, "500103001001").value(ParamKey.DIBAO_STANDARD_URBAN))
                .isEqualByComparingTo("905.50");
        assertThat(catalog.current().at(from.minusDays(1), "500103001001").value(ParamKey.DIBAO_STANDARD_URBAN))
                .isNotEqualByComparingTo("905.50");
        assertThat(catalog.current().at(from, "500105001001").value(ParamKey.DIBAO_STANDARD_URBAN))
                .isNotEqualByComparingTo("905.50");

        HttpApi.Answer again = admin.post(
                "/api/v1/admin/parameters",
                Map.of(
                        "key", "DIBAO_STANDARD_URBAN",
                        "regionCode", "500103",
                        "value", "999",
                        "effectiveFrom", from.toString(),
                        "source", "重复"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
    }

    @Test
    void badFieldsAreNamedInTheProblem() {
        HttpApi.Answer bad = admin.post(
                "/api/v1/admin/parameters",
                Map.of(
                        "key", "NO_SUCH_PARAMETER",
                        "regionCode", "999999",
                        "value", "-3",
                        "effectiveFrom", "2020-01-01",
                        "source", ""));

        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("key", "regionCode", "value", "effectiveFrom", "source");

        HttpApi.Answer yuan = admin.post(
                "/api/v1/admin/parameters",
                Map.of(
                        "key", "TEKUN_STANDARD",
                        "regionCode", "500000",
                        "value", "1001.123",
                        "effectiveFrom", "2040-13-01",
                        "source", "x"));
        List<String> yuanFields = new ArrayList<>();
        yuan.json().get("errors").forEach(e -> yuanFields.add(e.get("field").asString()));
        assertThat(yuanFields).containsExactlyInAnyOrder("value", "effectiveFrom");
    }

    @Test
    void onlyAdministratorsSeeOrChangeParameters() {
        HttpApi district = new HttpApi(port).as(tokens.districtApprover("500103"));

        assertThat(district.get("/api/v1/admin/parameters").status()).isEqualTo(403);
        assertThat(district.post("/api/v1/admin/parameters", Map.of("key", "TEKUN_STANDARD"))
                        .status())
                .isEqualTo(403);
        assertThat(new HttpApi(port).get("/api/v1/admin/parameters").status()).isEqualTo(401);
    }
}
