package cq.assist.mobile.files;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.files.UnusedFilePurge;
import cq.assist.core.intake.ApplicationForm;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7 / review M8, "limits that protect money and people": uploads and new applications per account
 * per day are capped (429 with {@code Retry-After}; a replay of an earlier submission is never counted),
 * and uploads no application or home visit uses are purged after the configured time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class QuotasAndPurgeIT {

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
    UnusedFilePurge purge;

    IntakeFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
    }

    private static HttpApi.Answer upload(HttpApi as) {
        Multipart body = Multipart.file("file", "p.png", "image/png", FileBytes.png(500));
        return as.send("POST", "/api/v1/files", body.body(), body.headers());
    }

    @Test
    void theThirtyFirstUploadOfADayIsRefusedWith429() {
        HttpApi resident = fixtures.logIn(fixtures.person("钱进", 33));
        for (int i = 0; i < 30; i++) {
            assertThat(upload(resident).status()).as("upload " + (i + 1)).isEqualTo(201);
        }

        HttpApi.Answer refused = upload(resident);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    @Test
    void theSixthNewApplicationOfADayIsRefusedButAReplayIsNot() {
        Person me = fixtures.person("孙悦", 38);
        HttpApi resident = fixtures.logIn(me);
        String firstKey = null;
        ApplicationForm firstForm = null;
        for (int i = 0; i < 5; i++) {
            String key = UUID.randomUUID().toString();
            ApplicationForm form = ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident));
            if (i == 0) {
                firstKey = key;
                firstForm = form;
            }
            HttpApi.Answer filed = IntakeFixtures.submit(resident, form, key);
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            String id = filed.json().get("id").asString();
            awaitAssessed(resident, id);
            assertThat(resident.post("/api/v1/applications/" + id + "/withdraw", Map.of("reason", "测试撤回"))
                            .status())
                    .isEqualTo(200);
        }

        HttpApi.Answer sixth =
                IntakeFixtures.submit(resident, ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)));

        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).isNotBlank();
        HttpApi.Answer replay = IntakeFixtures.submit(resident, firstForm, firstKey);
        assertThat(replay.status()).as("a replay is not a new application").isEqualTo(200);
    }

    @Test
    void unusedUploadsArePurgedAfterTheRetentionAndUsedOnesStay() {
        Person me = fixtures.person("周全", 41);
        HttpApi resident = fixtures.logIn(me);
        String unused = upload(resident).json().get("fileId").asString();
        String photo = IntakeFixtures.uploadPhoto(resident);
        assertThat(IntakeFixtures.submit(resident, ApplicationForms.single(me, photo))
                        .status())
                .isEqualTo(201);
        String fresh = upload(resident).json().get("fileId").asString();
        jdbc.update(
                "UPDATE stored_file SET create_time = create_time - INTERVAL 2 DAY WHERE id IN (?, ?)", unused, photo);

        int purged = purge.purge();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(count(unused)).as("old and unused").isZero();
        assertThat(count(photo)).as("the ID-card photo of an application").isEqualTo(1);
        assertThat(count(fresh)).as("younger than the retention").isEqualTo(1);
    }

    private static void awaitAssessed(HttpApi resident, String id) {
        long deadline = System.currentTimeMillis() + 30_000;
        while ("CHECKING"
                .equals(resident.get("/api/v1/applications/" + id)
                        .json()
                        .get("status")
                        .asString())) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private int count(String fileId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stored_file WHERE id = ?", Integer.class, fileId);
    }
}
