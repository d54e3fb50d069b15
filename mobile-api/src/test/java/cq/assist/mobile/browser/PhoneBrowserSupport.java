package cq.assist.mobile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.web.test.HttpApi;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the H5 browser tests share: the running mobile-api in the demo profile that {@code ./run.sh} starts (one
 * context for all of them; its SMS outbox feeds the pages' 演示短信 panel), the beans their fixtures
 * need, one Chromium phone at 360 px per class ({@link Phone}), the intake fixtures, and a resident with heavy
 * medical bills filed from the phone (the charity, insurance and English journeys start there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PhoneBrowserSupport {

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    RegistryStaging registry;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    Phone phone;
    IntakeFixtures fixtures;

    @BeforeAll
    void startBrowser() {
        phone = new Phone(port);
        fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
    }

    @AfterAll
    void stopBrowser() {
        if (phone != null) {
            phone.close();
        }
    }

    /**
     * A resident of {@code age} years staged in the registry with no income, 1,000 yuan of deposits and 86,000
     * yuan of own-paid medical costs in 12 months, logged in on its phone, bound by real name and filed alone.
     */
    Filed filedWithMedicalBills(String name, int age) {
        HttpApi api = new HttpApi(port);
        Person me = stagedWithMedicalBills(name, age);
        String token = new PhoneLogins(api, outbox).logIn(me.phone());
        HttpApi resident = api.as(token);
        assertThat(resident.post("/api/v1/me/real-name", Map.of("name", me.name(), "idNumber", me.idNumber()))
                        .status())
                .isEqualTo(200);
        HttpApi.Answer filed =
                IntakeFixtures.submit(resident, ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return new Filed(me, token, resident, filed.json().get("id").asString());
    }

    /**
     * A person of {@code age} years staged in the registry with no income, 1,000 yuan of deposits and 86,000 yuan
     * of own-paid medical costs in 12 months (not logged in, nothing filed): 低保 goes to review for it.
     */
    Person stagedWithMedicalBills(String name, int age) {
        Person me = fixtures.person(name, age);
        registry.stage(new StagedPerson(
                me.idNumber(),
                me.name(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("1000"),
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                null,
                new BigDecimal("86000"),
                false,
                false,
                me.phone()));
        return me;
    }

    /** A filed resident: its person, its token, the API as it, and its application's id. */
    record Filed(Person person, String token, HttpApi resident, String applicationId) {}
}
