package cq.assist.mobile.input;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7: every optional field of the application body has a defined meaning downstream. Filed
 * without it, the application is checked and assessed like any other (it leaves CHECKING with its
 * happiness list) instead of failing the asynchronous check ({@code NullPointerException: employment}
 * left applications in CHECKING for ever).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class OptionalFieldsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStaging registry;

    @Autowired
    PiiCipher cipher;

    @ParameterizedTest(name = "without {0}")
    @ValueSource(
            strings = {
                "household.members[0].employment",
                "household.members[0].student",
                "household.members[0].disabilityGrade",
                "household.members[0].phone",
                "narrative",
                "identityCheck"
            })
    void anApplicationFiledWithoutTheFieldIsAssessed(String field) throws InterruptedException {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("郑洁", 45);
        HttpApi resident = fixtures.logIn(me);
        ObjectNode body =
                (ObjectNode) JSON.valueToTree(ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)));
        remove(body, field);

        HttpApi.Answer filed = resident.send(
                "POST",
                "/api/v1/applications",
                JSON.writeValueAsString(body),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        JsonNode view = awaitAssessed(resident, id);
        assertThat(view.get("status").asString()).isIn("IN_REVIEW", "CLOSED");
        assertThat(view.get("items").size()).as("the happiness list").isGreaterThan(0);
    }

    private static void remove(ObjectNode body, String path) {
        ObjectNode parent = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            if (part.endsWith("[0]")) {
                parent = (ObjectNode)
                        parent.get(part.substring(0, part.length() - 3)).get(0);
            } else {
                parent = (ObjectNode) parent.get(part);
            }
        }
        assertThat(parent.has(parts[parts.length - 1]) || "identityCheck".equals(path))
                .isTrue();
        parent.remove(parts[parts.length - 1]);
    }

    private static JsonNode awaitAssessed(HttpApi resident, String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode view = resident.get("/api/v1/applications/" + id).json();
        while (System.currentTimeMillis() < deadline
                && ("CHECKING".equals(view.get("status").asString())
                        || view.get("items").isEmpty())) {
            Thread.sleep(250);
            view = resident.get("/api/v1/applications/" + id).json();
        }
        return view;
    }
}
