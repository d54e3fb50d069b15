package cq.assist.mobile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A phone that retries a submission many times at once (20 identical requests with one
 * {@code Idempotency-Key}) gets one application, and every answer carries its id: one 201, nineteen
 * 200 (never a 409, a 503 from a drained connection pool, or a daily cap).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class ConcurrentIntakeIT {

    private static final int AT_ONCE = 20;

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
    void twentyIdenticalRequestsAtOnceGiveOneApplicationAndEveryAnswerItsId() throws Exception {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("蒋涛", 44);
        Person wife = fixtures.person("蒋芸", 42);
        HttpApi resident = fixtures.logIn(me);
        ApplicationForm form =
                ApplicationForms.withMembers(me, IntakeFixtures.uploadPhoto(resident), wife.member("SPOUSE"));
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<HttpApi.Answer>> futures = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return IntakeFixtures.submit(resident, form, key);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Future<HttpApi.Answer> future : futures) {
            HttpApi.Answer answer = future.get();
            statuses.add(answer.status());
            assertThat(answer.json().has("id")).as(answer.toString()).isTrue();
            ids.add(answer.json().get("id").asString());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(AT_ONCE - 1);
        assertThat(ids).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM household_member WHERE id_number_hash = ?",
                        Integer.class,
                        cipher.blindIndex(me.idNumber())))
                .isEqualTo(1);
    }
}
