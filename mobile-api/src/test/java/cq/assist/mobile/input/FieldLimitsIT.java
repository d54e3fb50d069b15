package cq.assist.mobile.input;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.casework.ObjectingToNotice;
import cq.assist.core.check.RegistryStaging;
import cq.assist.core.identity.IdentityInput;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.FileBytes;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.mobile.support.Multipart;
import cq.assist.web.test.HttpApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7 / review L3, walked over every request record: a value longer than its column, or a null inside
 * a list, or a number beyond its column, is a 400 naming the field, never a database error turned into a 409
 * or a 500. (A 70-character name answered 409 "conflict" before; {@code photoFileIds: [null]} answered 500.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class FieldLimitsIT {

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

    private static String field(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).isNotNull();
        return errors.get(0).get("field").asString();
    }

    @Test
    void aNameLongerThanItsColumnIsA400NamingTheField() {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("葛兰", 40);
        HttpApi resident = fixtures.logIn(me);
        String tooLong = "张".repeat(IdentityInput.MAX_NAME + 1);
        ObjectNode body = (ObjectNode) JSON.valueToTree(ApplicationForms.withMembers(
                me,
                IntakeFixtures.uploadPhoto(resident),
                new Person(tooLong, Person.aged("x", 12, clock.today()).idNumber(), null).member("CHILD")));

        HttpApi.Answer filed = resident.send(
                "POST",
                "/api/v1/applications",
                JSON.writeValueAsString(body),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        HttpApi.Answer binding = fixtures.logInUnbound(fixtures.person("葛敏", 30))
                .post("/api/v1/me/real-name", Map.of("name", tooLong, "idNumber", me.idNumber()));

        assertThat(field(filed)).isEqualTo("household.members[1].name");
        assertThat(field(binding)).isEqualTo("name");
    }

    @Test
    void aNullPhotoIdOrOverlongFindingsOfAVisitAreA400() {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        HttpApi worker = fixtures.worker(IntakeFixtures.QIXINGGANG).api();
        java.util.List<String> nullPhoto = new java.util.ArrayList<>();
        nullPhoto.add(null);
        Map<String, Object> visit = new java.util.HashMap<>(
                Map.of("findings", "家中确实困难", "recommendation", "SUPPORT", "photoFileIds", nullPhoto));

        HttpApi.Answer withNull = worker.post("/api/v1/worker/visits/any-task", visit);
        visit.put("findings", "查".repeat(1001));
        visit.put("photoFileIds", java.util.List.of());
        HttpApi.Answer longFindings = worker.post("/api/v1/worker/visits/any-task", visit);

        assertThat(field(withNull)).startsWith("photoFileIds[0]");
        assertThat(field(longFindings)).isEqualTo("findings");
    }

    /**
     * Issue 7 ("numbers out of range are client errors"): a floor area of 1e9 m² (the column is
     * {@code DECIMAL(10,2)}; it answered 409 before) is a 400 naming it, and so is an objection longer than
     * the event's reason column (1000; 2000 were allowed before).
     */
    @Test
    void aHugeFloorAreaOrAnObjectionLongerThanItsColumnIsA400NamingTheField() {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("葛华", 45);
        HttpApi resident = fixtures.logIn(me);
        ObjectNode body =
                (ObjectNode) JSON.valueToTree(ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)));
        ((ObjectNode) body.get("household").get("housing")).put("areaSqm", new java.math.BigDecimal("1E9"));

        HttpApi.Answer filed = resident.send(
                "POST",
                "/api/v1/applications",
                JSON.writeValueAsString(body),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        HttpApi.Answer objection = resident.post(
                "/api/v1/public-notices/any-notice/objections",
                Map.of("text", "查".repeat(ObjectingToNotice.MAX_TEXT + 1)));

        assertThat(field(filed)).isEqualTo("household.housing.areaSqm");
        assertThat(filed.json().get("errors")).hasSize(1);
        assertThat(field(objection)).isEqualTo("text");
        assertThat(ObjectingToNotice.MAX_TEXT).isEqualTo(1000);
    }

    /**
     * Issue 7 ("accept only images as the ID-card photo"): a PDF the caller uploaded itself, filed as the
     * ID-card photo, is a 400 naming {@code idCardPhotoFileId}, for a resident and for a worker alike.
     */
    @Test
    void aPdfFiledAsTheIdCardPhotoIsA400NamingIt() {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("葛芳", 38);
        HttpApi resident = fixtures.logIn(me);
        HttpApi worker = fixtures.worker(IntakeFixtures.QIXINGGANG).api();

        HttpApi.Answer own = IntakeFixtures.submit(resident, ApplicationForms.single(me, uploadPdf(resident)));
        HttpApi.Answer proxy =
                IntakeFixtures.submit(worker, ApplicationForms.single(fixtures.person("葛强", 66), uploadPdf(worker)));

        assertThat(field(own)).isEqualTo("idCardPhotoFileId");
        assertThat(own.json().get("errors")).hasSize(1);
        assertThat(field(proxy)).isEqualTo("idCardPhotoFileId");
    }

    private static String uploadPdf(HttpApi as) {
        Multipart pdf = Multipart.file("file", "id.pdf", "application/pdf", FileBytes.pdf(2_000));
        HttpApi.Answer stored = as.send("POST", "/api/v1/files", pdf.body(), pdf.headers());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().get("contentType").asString()).isEqualTo("application/pdf");
        return stored.json().get("fileId").asString();
    }
}
