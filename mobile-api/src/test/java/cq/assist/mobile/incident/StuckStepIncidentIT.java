package cq.assist.mobile.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.common.DomainException;
import cq.assist.core.incident.CaseIncidents;
import cq.assist.core.incident.IncidentRow;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7 / review M5: an asynchronous step that fails never leaves a case silently stuck. When the
 * economic check fails all its retries the application shows it is delayed, staff get an incident with
 * the cause, and a retry works once the cause is fixed. An authorization record changed in the database
 * stops the check before any data source is read, with an incident.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // shared with Sm4AtRestIT: values are written under the SM4 data key 9 here
            "assist.test.context=incident",
            "assist.pii.active-data-key=9",
            "assist.flowable.failed-job-wait-seconds=1"
        })
class StuckStepIncidentIT {

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
    CaseIncidents incidents;

    HttpApi api;
    IntakeFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
    }

    /** Files for a couple; returns {application id, the wife's co-signing token}. */
    private String[] fileCouple(Person me, Person wife, HttpApi resident) {
        HttpApi.Answer filed = IntakeFixtures.submit(
                resident,
                ApplicationForms.withMembers(me, IntakeFixtures.uploadPhoto(resident), wife.member("SPOUSE")));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return new String[] {
            filed.json().get("id").asString(),
            IntakeFixtures.tokenOf(filed.json().get("pendingAuthorizations").get(0))
        };
    }

    private void coSign(String token, Person wife) {
        HttpApi.Answer signed = api.post(
                "/api/v1/authorizations/" + token, IntakeFixtures.coSignature(wife, fixtures.codeFor(token, wife)));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
    }

    private IncidentRow openIncidentOf(String applicationId) {
        List<IncidentRow> open = incidents.list("OPEN", 0, 100).stream()
                .filter(i -> applicationId.equals(i.applicationId()))
                .toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    @Test
    void aCheckThatFailsAllItsRetriesIsAnIncidentTheResidentSeesAsADelayAndARetryWorksOnceFixed()
            throws InterruptedException {
        Person me = fixtures.person("孔明", 50);
        Person wife = fixtures.person("孔芳", 48);
        HttpApi resident = fixtures.logIn(me);
        String[] filed = fileCouple(me, wife, resident);
        String id = filed[0];
        jdbc.update("UPDATE household_member SET employment = 'BOGUS' WHERE application_id = ? AND seq = 0", id);

        coSign(filed[1], wife);

        eventually(() -> delayed(resident, id));
        JsonNode view = resident.get("/api/v1/applications/" + id).json();
        assertThat(view.get("status").asString()).isEqualTo("CHECKING");
        assertThat(view.get("timeline").toString()).contains("办理遇到问题");
        IncidentRow incident = openIncidentOf(id);
        assertThat(incident.elementId()).isEqualTo("runEconomicCheck");
        assertThat(incident.cause()).contains("BOGUS");
        assertThat(incident.cause()).doesNotContain(me.idNumber());

        jdbc.update("UPDATE household_member SET employment = 'UNEMPLOYED' WHERE application_id = ? AND seq = 0", id);
        IncidentRow retried = incidents.retry(incident.id(), "admin");

        assertThat(retried.status()).isEqualTo("RETRIED");
        assertThat(retried.updateBy()).isEqualTo("admin");
        eventually(() -> List.of("IN_REVIEW", "CLOSED")
                .contains(resident.get("/api/v1/applications/" + id)
                        .json()
                        .get("status")
                        .asString()));
        JsonNode after = resident.get("/api/v1/applications/" + id).json();
        assertThat(after.get("delayed").asBoolean()).isFalse();
        assertThat(after.get("items").size()).isGreaterThan(0);
        assertThatThrownBy(() -> incidents.retry(incident.id(), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(cq.assist.core.common.ProblemKind.CONFLICT));
    }

    @Test
    void anAuthorizationRecordChangedInTheDatabaseStopsTheCheckBeforeAnyDataSourceIsRead() throws InterruptedException {
        Person me = fixtures.person("严华", 52);
        Person wife = fixtures.person("严敏", 50);
        HttpApi resident = fixtures.logIn(me);
        String[] filed = fileCouple(me, wife, resident);
        String id = filed[0];
        jdbc.update(
                "UPDATE authorization_record SET signer_name = '张三' WHERE application_id = ? AND member_seq = 0", id);

        coSign(filed[1], wife);

        eventually(() -> delayed(resident, id));
        assertThat(openIncidentOf(id).cause()).contains("seal does not verify");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM household_snapshot WHERE application_id = ?", Integer.class, id))
                .as("no data source was read")
                .isZero();
        assertThat(resident.get("/api/v1/applications/" + id).json().get("items"))
                .isEmpty();
    }

    /**
     * Whether the application shows it is delayed. Nothing moves the engine's jobs by hand: its retries come
     * every second here ({@code failed-job-wait-seconds=1}), also while other cached test contexts are paused on
     * this database (they no longer acquire jobs, {@code JobExecutorLifecycle}).
     */
    private boolean delayed(HttpApi resident, String id) {
        return resident.get("/api/v1/applications/" + id).json().get("delayed").asBoolean();
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
