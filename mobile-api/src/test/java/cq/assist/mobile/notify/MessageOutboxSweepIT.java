package cq.assist.mobile.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.MessageOutboxSweep;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An SMS notice whose transaction committed on a node that died before its after-commit send is left
 * unsent in the outbox; the sweep sends it once, even when two nodes sweep at the same moment, and
 * leaves alone what was queued too recently (its own node may still be sending it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class MessageOutboxSweepIT {

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageOutboxSweep sweep;

    @Autowired
    RegistryStaging registry;

    @Autowired
    PiiCipher cipher;

    @Test
    void aNoticeLeftByADeadNodeIsSentOnceAndARecentOneIsLeftAlone() throws Exception {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        Person applicant = fixtures.person("周平", 52);
        HttpApi resident = fixtures.logIn(applicant);
        String photo = IntakeFixtures.uploadPhoto(resident);
        HttpApi.Answer filed = IntakeFixtures.submit(resident, ApplicationForms.single(applicant, photo));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String applicationId = filed.json().get("id").asString();
        String leftText = "【渝悦救助通】测试：节点宕机后遗留的短信" + applicationId.substring(0, 8);
        String recentText = "【渝悦救助通】测试：刚排队的短信" + applicationId.substring(0, 8);
        // what a node leaves behind when it dies between its commit and its after-commit send
        insertUnsent(applicationId, "SWEEP_TEST_LEFT", leftText, clock.now().minus(Duration.ofMinutes(5)));
        insertUnsent(applicationId, "SWEEP_TEST_RECENT", recentText, clock.now());

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> nodes = List.of(
                CompletableFuture.supplyAsync(() -> sweepAfter(together)),
                CompletableFuture.supplyAsync(() -> sweepAfter(together)));
        int sentByTheTwo = nodes.get(0).get() + nodes.get(1).get();

        assertThat(textsTo(applicant, leftText)).as("sent exactly once").isEqualTo(1);
        assertThat(sentByTheTwo)
                .as("by one of the two sweeps (or the background round)")
                .isLessThanOrEqualTo(1);
        assertThat(sentAt("SWEEP_TEST_LEFT", applicationId)).isNotNull();
        assertThat(textsTo(applicant, recentText))
                .as("too recent: its own node may still send it")
                .isZero();
        assertThat(sentAt("SWEEP_TEST_RECENT", applicationId)).isNull();

        assertThat(sweep.sweep()).as("a later round finds nothing of it").isZero();
        assertThat(textsTo(applicant, leftText)).isEqualTo(1);
    }

    private int sweepAfter(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sweep.sweep();
    }

    private void insertUnsent(String applicationId, String code, String text, java.time.Instant queuedAt) {
        jdbc.update(
                "INSERT INTO application_notice (application_id, notice_code, channel, text_zh, create_time)"
                        + " VALUES (?, ?, 'SMS', ?, ?)",
                applicationId,
                code,
                text,
                Timestamp.from(queuedAt));
    }

    private Object sentAt(String code, String applicationId) {
        return jdbc.queryForObject(
                "SELECT sent_at FROM application_notice WHERE notice_code = ? AND application_id = ?",
                Object.class,
                code,
                applicationId);
    }

    private long textsTo(Person person, String text) {
        return outbox.messagesTo(person.phone()).stream()
                .filter(m -> text.equals(m.text()))
                .count();
    }
}
