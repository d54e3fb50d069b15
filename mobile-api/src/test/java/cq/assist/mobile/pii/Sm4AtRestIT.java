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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7 / review M10: with an SM4 data key active (version 9), what the app writes is SM4-GCM under
 * version 9 (the version byte is in the stored value), and it reads back, together with what other runs
 * of the suite wrote under version 0 in the same database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // the same context as StuckStepIncidentIT (one Spring context, one connection pool, for both)
            "assist.test.context=incident",
            "assist.pii.active-data-key=9",
            "assist.flowable.failed-job-wait-seconds=1"
        })
class Sm4AtRestIT {

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
    void personalDataAndFilesAreWrittenUnderTheSm4KeyAndReadBack() {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("冯雪", 36);
        HttpApi resident = fixtures.logIn(me);
        String photo = IntakeFixtures.uploadPhoto(resident);

        HttpApi.Answer filed = IntakeFixtures.submit(resident, ApplicationForms.single(me, photo));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        byte[] idNumber = jdbc.queryForObject(
                "SELECT id_number_enc FROM household_member WHERE application_id = ? AND seq = 0", byte[].class, id);
        byte[] file = jdbc.queryForObject("SELECT content_enc FROM stored_file WHERE id = ?", byte[].class, photo);
        assertThat(idNumber[0])
                .as("member ID numbers are bound to their row (issue 7)")
                .isEqualTo((byte) 0xE2);
        assertThat(file[0]).as("file contents are bound to their row").isEqualTo((byte) 0xE2);
        assertThat(idNumber[1]).isEqualTo((byte) 9);
        assertThat(file[1]).isEqualTo((byte) 9);
        assertThat(cipher.decrypt(
                        cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                        cq.assist.core.pii.PiiField.rowKey(id, 0),
                        idNumber))
                .isEqualTo(me.idNumber());
        assertThat(resident.get("/api/v1/files/" + photo).status()).isEqualTo(200);
        assertThat(resident.get("/api/v1/applications/" + id).status()).isEqualTo(200);
    }
}
