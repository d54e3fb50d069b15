package cq.assist.mobile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.authorization.AuthorizationRecords;
import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The intake and co-signing SQL also runs on the zero-setup default database, H2 in MySQL mode. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:intake_h2;MODE=MySQL;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
class H2IntakeIT {

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

    @Autowired
    AuthorizationRecords records;

    @Autowired
    cq.assist.core.retention.EndedApplicationRetention retention;

    /** The retention job's SQL (due, claim, clearing, SMS purge) and V112 also run on H2, with the default period. */
    @Test
    void aWithdrawnApplicationIsAnonymisedOnH2AfterItsPeriod() throws InterruptedException {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person applicant = fixtures.person("周敏", 50);
        HttpApi resident = fixtures.logIn(applicant);
        HttpApi.Answer created = IntakeFixtures.submit(
                resident, ApplicationForms.single(applicant, IntakeFixtures.uploadPhoto(resident)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!"IN_REVIEW"
                        .equals(resident.get("/api/v1/applications/" + id)
                                .json()
                                .get("status")
                                .asString())
                && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertThat(resident.post("/api/v1/applications/" + id + "/withdraw", java.util.Map.of("reason", "不需要了"))
                        .status())
                .isEqualTo(200);

        clock.advance(java.time.Duration.ofDays(3 * 366 + 2));
        assertThat(retention.run().applications()).isGreaterThanOrEqualTo(1);

        JsonNode view = resident.get("/api/v1/applications/" + id).json();
        assertThat(view.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(view.path("anonymisedAt").isNull()
                        || view.path("anonymisedAt").isMissingNode())
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM application WHERE id = ? AND applicant_id_number_hash IS NULL"
                                + " AND address_enc IS NULL AND hardship_causes_enc IS NULL",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void submitsRetriesAndCoSignsOnH2() throws InterruptedException {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person applicant = fixtures.person("李军", 45);
        Person spouse = fixtures.person("王芳", 44);
        HttpApi resident = fixtures.logIn(applicant);
        var form =
                ApplicationForms.withMembers(applicant, IntakeFixtures.uploadPhoto(resident), spouse.member("SPOUSE"));
        String key = UUID.randomUUID().toString();

        HttpApi.Answer created = IntakeFixtures.submit(resident, form, key);
        HttpApi.Answer repeated = IntakeFixtures.submit(resident, form, key);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        String id = created.json().get("id").asString();
        String token = IntakeFixtures.tokenOf(
                created.json().get("pendingAuthorizations").get(0));
        HttpApi.Answer signed = api.post(
                "/api/v1/authorizations/" + token, IntakeFixtures.coSignature(spouse, fixtures.codeFor(token, spouse)));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(records.verifyAll(id)).isTrue();
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        JsonNode view = resident.get("/api/v1/applications/" + id).json();
        while (!List.of("IN_REVIEW", "CLOSED").contains(view.get("status").asString()) && System.nanoTime() < until) {
            Thread.sleep(250);
            view = resident.get("/api/v1/applications/" + id).json();
        }
        assertThat(view.get("status").asString())
                .as("the async check and fan-out ran on H2")
                .isIn("IN_REVIEW", "CLOSED");
        assertThat(view.get("items")).isNotEmpty();
    }
}
