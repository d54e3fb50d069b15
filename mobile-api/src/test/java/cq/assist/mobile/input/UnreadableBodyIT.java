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
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7 "input from real phones": a body that is not JSON, or a value of the wrong type or out of
 * its type's range anywhere in a request, answers a 400 problem naming the field by its JSON path
 * (never a bare "unreadable", never a 500).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class UnreadableBodyIT {

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

    HttpApi resident;
    ObjectNode valid;

    @BeforeEach
    void setUp() {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("吴静", 40);
        resident = fixtures.logIn(me);
        valid = (ObjectNode) JSON.valueToTree(ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)));
    }

    private JsonNode refused(String body) {
        HttpApi.Answer answer = resident.send(
                "POST",
                "/api/v1/applications",
                body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        return answer.json().get("errors");
    }

    private String fieldOf(Consumer<ObjectNode> change) {
        ObjectNode body = valid.deepCopy();
        change.accept(body);
        JsonNode errors = refused(JSON.writeValueAsString(body));
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("message").asString()).isNotBlank();
        return errors.get(0).get("field").asString();
    }

    private static ObjectNode member0(ObjectNode body) {
        return (ObjectNode) ((ArrayNode) body.get("household").get("members")).get(0);
    }

    @Test
    void namesTheFieldOfAStringWhereANumberBelongs() {
        assertThat(fieldOf(b -> ((ObjectNode) b.get("household").get("housing")).put("areaSqm", "三十")))
                .isEqualTo("household.housing.areaSqm");
        assertThat(fieldOf(b -> member0(b).put("disabilityGrade", "two")))
                .isEqualTo("household.members[0].disabilityGrade");
    }

    @Test
    void namesTheFieldOfANumberOutsideItsTypesRange() {
        assertThat(fieldOf(b -> member0(b).put("disabilityGrade", 99_999_999_999L)))
                .isEqualTo("household.members[0].disabilityGrade");
    }

    @Test
    void namesTheFieldOfAnObjectOrListWhereAValueBelongs() {
        assertThat(fieldOf(b -> b.putArray("narrative").add("x"))).isEqualTo("narrative");
        assertThat(fieldOf(b -> b.putObject("hardshipCauses"))).isEqualTo("hardshipCauses");
        assertThat(fieldOf(b -> member0(b).put("student", "maybe"))).isEqualTo("household.members[0].student");
    }

    @Test
    void namesTheWholeBodyWhenItIsNotJson() {
        for (String body : new String[] {"{\"applicant\":", "not json", "{\"a\":1}}garbage", "\u0000\u0001"}) {
            JsonNode errors = refused(body);
            assertThat(errors.get(0).get("field").asString()).as(body).isEqualTo("body");
        }
    }

    @Test
    void loginNamesTheFieldOfAListWhereAPhoneBelongs() {
        HttpApi.Answer answer = new HttpApi(port).post("/api/v1/auth/login", "{\"phone\":[\"a\"],\"code\":\"123456\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
    }
}
