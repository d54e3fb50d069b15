package cq.assist.mobile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.authorization.AuthorizationRecords;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

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
    AuthorizationRecords records;

    @Test
    void submitsRetriesAndCoSignsOnH2() {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc);
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
                "/api/v1/authorizations/" + token, IntakeFixtures.coSignature(spouse, fixtures.codeFor(spouse)));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(resident.get("/api/v1/applications")
                        .json()
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("CHECKING");
        assertThat(records.verifyAll(id)).isTrue();
    }
}
