package cq.assist.mobile.pii;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Review M10, the live check (issue 7): someone who can write the database copies its own encrypted phone
 * over a member's phone on file, so the co-signing code would go to its phone. Every value is bound to its
 * table, column and row, so the copied value does not open in the member's row: no code is sent at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class CiphertextBindingIT {

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

    @Test
    void aPhoneCopiedFromAnotherRowNeverReceivesTheCoSigningCode() {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("贺军", 45);
        Person wife = fixtures.person("贺芳", 44);
        Person attacker = fixtures.person("柯某", 30);
        HttpApi resident = fixtures.logIn(me);
        HttpApi.Answer filed = IntakeFixtures.submit(
                resident,
                ApplicationForms.withMembers(me, IntakeFixtures.uploadPhoto(resident), wife.member("SPOUSE")));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String token =
                IntakeFixtures.tokenOf(filed.json().get("pendingAuthorizations").get(0));

        int copied = jdbc.update(
                "UPDATE registry_person SET phone_enc = (SELECT p FROM (SELECT phone_enc AS p FROM registry_person"
                        + " WHERE id_number_hash = ?) x) WHERE id_number_hash = ?",
                cipher.blindIndex(attacker.idNumber()),
                cipher.blindIndex(wife.idNumber()));
        assertThat(copied).isEqualTo(1);

        HttpApi.Answer sent = api.post("/api/v1/authorizations/" + token + "/sms-code", Map.of());

        assertThat(sent.status()).as(sent.toString()).isNotEqualTo(202);
        assertThat(sent.text()).doesNotContain(attacker.phone().substring(7));
        assertThat(outbox.messagesTo(attacker.phone()))
                .as("no code went to the copied phone")
                .isEmpty();
        assertThat(outbox.messagesTo(wife.phone())).isEmpty();
    }
}
