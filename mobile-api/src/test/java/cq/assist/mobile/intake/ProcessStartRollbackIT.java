package cq.assist.mobile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.application.ApplicationProcess;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The process starts in the application's transaction: when the start fails, nothing is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class ProcessStartRollbackIT {

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
    RepositoryService repository;

    @Test
    void aFailedProcessStartLeavesNoApplicationBehind() {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        Person applicant = fixtures.person("李军", 45);
        HttpApi resident = fixtures.logIn(applicant);
        String photo = IntakeFixtures.uploadPhoto(resident);
        repository.suspendProcessDefinitionByKey(ApplicationProcess.KEY);
        HttpApi.Answer answer;
        try {
            answer = IntakeFixtures.submit(resident, ApplicationForms.single(applicant, photo), "rollback-key");
        } finally {
            repository.activateProcessDefinitionByKey(ApplicationProcess.KEY);
        }

        assertThat(answer.status()).as(answer.toString()).isEqualTo(500);
        String hash = cipher.blindIndex(applicant.idNumber());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM application WHERE applicant_id_number_hash = ?", Integer.class, hash))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM household_member WHERE id_number_hash = ?", Integer.class, hash))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM authorization_record WHERE signer_id_hash = ?", Integer.class, hash))
                .isZero();
        assertThat(IntakeFixtures.submit(resident, ApplicationForms.single(applicant, photo), "rollback-key")
                        .status())
                .as("the key was rolled back too, so a retry succeeds")
                .isEqualTo(201);
    }
}
