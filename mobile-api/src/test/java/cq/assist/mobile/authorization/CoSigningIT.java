package cq.assist.mobile.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cq.assist.core.authorization.AuthorizationRecords;
import cq.assist.core.authorization.CoSignerReminders;
import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.application.ApplicationProcess;
import java.time.Duration;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Remote co-signing on MariaDB with the real SMS codes, the sealed records and the process timers. */
/*
 * The async executor stays on: every cached test context shares this database, so a job made due here
 * may be run by any of their executors. The tests make a timer due and wait for its effect instead of
 * running the job by hand (which would race those executors).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class CoSigningIT {

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
    CoSignerReminders reminders;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    HttpApi api;
    IntakeFixtures fixtures;
    Person spouse;
    HttpApi resident;
    String applicationId;
    String token;

    @BeforeEach
    void submitAFamilyWithOneCoSigner() {
        api = new HttpApi(port);
        fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person applicant = fixtures.person("李军", 45);
        spouse = fixtures.person("王芳", 44);
        resident = fixtures.logIn(applicant);
        String photo = IntakeFixtures.uploadPhoto(resident);
        HttpApi.Answer answer = IntakeFixtures.submit(
                resident, ApplicationForms.withMembers(applicant, photo, spouse.member("SPOUSE")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        applicationId = answer.json().get("id").asString();
        token = IntakeFixtures.tokenOf(
                answer.json().get("pendingAuthorizations").get(0));
    }

    private String status() {
        return resident.get("/api/v1/applications/" + applicationId)
                .json()
                .get("status")
                .asString();
    }

    private HttpApi.Answer sign(Person who) {
        return api.post(
                "/api/v1/authorizations/" + token, IntakeFixtures.coSignature(who, fixtures.codeFor(token, spouse)));
    }

    @Test
    void theCoSignerSeesTheLetterWithMaskedNames() {
        HttpApi.Answer answer = api.get("/api/v1/authorizations/" + token);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode view = answer.json();
        assertThat(view.get("applicantName").asString()).isEqualTo("李*");
        assertThat(view.get("memberName").asString()).isEqualTo("王*");
        assertThat(view.get("letterVersion").asString()).isEqualTo("2026-01");
        assertThat(view.get("letterText").asString()).contains("家庭经济状况核查授权书");
        assertThat(view.get("expiresAt").asString()).endsWith("+08:00");
        assertThat(api.get("/api/v1/authorizations/unknown-token").status()).isEqualTo(404);
    }

    @Test
    void theSigningPageIsPublic() {
        HttpApi.Answer page = api.get("/sign");
        HttpApi.Answer oldLink = api.get("/h5/authorize.html?token=" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("<div id=\"app\">", "渝悦救助通");
        assertThat(oldLink.status()).isEqualTo(200);
        assertThat(oldLink.text()).contains("'#token='", "no-referrer");
    }

    /**
     * Review L10: the link carries the token in its fragment, which no browser sends to a server or in a
     * Referer; a link sent before ({@code ?token=}) is redirected to that form, uncached and without a
     * referrer, and the invitation lives 48 hours, not 72.
     */
    @Test
    void theLinkCarriesTheTokenInItsFragmentAndAnOldLinkIsRedirectedThere() {
        JsonNode pending = resident.get("/api/v1/applications/" + applicationId)
                .json()
                .get("pendingAuthorizations")
                .get(0);
        String link = pending.get("authorizeUrl").asString();
        assertThat(link).endsWith("/sign#token=" + token).doesNotContain("?");
        Duration lifetime = Duration.between(
                clock.now(),
                java.time.OffsetDateTime.parse(pending.get("expiresAt").asString())
                        .toInstant());
        assertThat(lifetime).isBetween(Duration.ofHours(47), Duration.ofHours(48));

        HttpApi.Answer old = api.get("/sign?token=" + token);

        assertThat(old.status()).isEqualTo(303);
        assertThat(old.header("Location")).isEqualTo("/sign#token=" + token);
        assertThat(old.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(old.header("Cache-Control")).contains("no-store");
    }

    @Test
    void signingAfterTheDeadlineIsGone() {
        String code = fixtures.codeFor(token, spouse);
        clock.advance(Duration.ofHours(73));

        HttpApi.Answer late = api.post("/api/v1/authorizations/" + token, IntakeFixtures.coSignature(spouse, code));

        assertThat(late.status()).as(late.toString()).isEqualTo(410);
    }

    @Test
    void theQrCodeIsAPublicPng() {
        HttpApi.Answer answer = api.get("/api/v1/authorizations/" + token + "/qr.png");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("image/png");
        assertThat(answer.bytes()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theLastCoSignatureMovesTheApplicationToCheckingAndTheTokenCannotBeReused() {
        HttpApi.Answer signed = sign(spouse);

        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(status()).as("the economic check runs async right after").isIn("CHECKING", "IN_REVIEW", "CLOSED");
        assertThat(runtime.createExecutionQuery()
                        .processInstanceId(processInstanceId())
                        .activityId(ApplicationProcess.WAIT_FOR_AUTHORIZATIONS)
                        .count())
                .isZero();
        assertThat(records.verifyAll(applicationId)).isTrue();
        assertThat(api.post("/api/v1/authorizations/" + token, IntakeFixtures.coSignature(spouse, "123456"))
                        .status())
                .isEqualTo(410);
        assertThat(api.post("/api/v1/authorizations/" + token + "/sms-code", java.util.Map.of())
                        .status())
                .as("no code for a spent link")
                .isEqualTo(410);
        assertThat(api.get("/api/v1/authorizations/" + token).status()).isEqualTo(410);
    }

    @Test
    void someoneElseOrAWrongCodeIsRefusedWith403() {
        Person impostor = new Person("王芳", fixtures.person("王芳", 44).idNumber(), spouse.phone());
        HttpApi.Answer wrongPerson = sign(impostor);
        HttpApi.Answer wrongCode =
                api.post("/api/v1/authorizations/" + token, IntakeFixtures.coSignature(spouse, "000000"));

        assertThat(wrongPerson.status()).as(wrongPerson.toString()).isEqualTo(403);
        assertThat(wrongCode.status()).as(wrongCode.toString()).isEqualTo(403);
        assertThat(status()).isEqualTo("AWAITING_AUTHORIZATION");
    }

    @Test
    void changingOneByteOfARecordIsDetected() {
        assertThat(sign(spouse).status()).isEqualTo(200);
        String recordId = jdbc.queryForObject(
                "SELECT id FROM authorization_record WHERE application_id = ? AND identity_method = 'PHONE_ON_FILE_SMS'",
                String.class,
                applicationId);
        assertThat(records.verify(recordId)).isTrue();

        jdbc.update(
                "UPDATE authorization_record SET signed_at = DATE_ADD(signed_at, INTERVAL 1 SECOND) WHERE id = ?",
                recordId);

        assertThat(records.verify(recordId)).isFalse();
        assertThat(records.verifyAll(applicationId)).isFalse();
    }

    @Test
    void theReminderTimerTextsThePendingMemberOnce() {
        management.moveTimerToExecutableJob(
                timer(ApplicationProcess.REMINDER_TIMER).getId());
        awaitUntil(() -> !outbox.messagesTo(spouse.phone()).isEmpty());

        assertThat(outbox.messagesTo(spouse.phone())).singleElement().satisfies(m -> assertThat(m.text())
                .contains("/sign#token=" + token));
        assertThat(reminders.remind(applicationId)).isZero();
        assertThat(status()).isEqualTo("AWAITING_AUTHORIZATION");
    }

    @Test
    void afterTheDeadlineTheTokenIsGoneAndTheExpiryTimerExpiresTheApplication() {
        clock.advance(Duration.ofHours(73));
        assertThat(api.get("/api/v1/authorizations/" + token).status()).isEqualTo(410);

        fireDeadlineUnlessAnotherNodeDid();

        JsonNode view = resident.get("/api/v1/applications/" + applicationId).json();
        assertThat(view.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(view.get("pendingAuthorizations")).isEmpty();
        assertThat(view.toString()).contains("授权期限已过");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(applicationId)
                        .count())
                .isZero();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String processInstanceId() {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(applicationId)
                .singleResult()
                .getId();
    }

    /**
     * Makes the due deadline timer executable for the async executors (never run by hand: TECH-NOTES 7). The engine clock follows the shared business clock, so the
     * async executor of another node (here: a cached test context on the same database) may fire it
     * first; either way the application must end up expired.
     */
    private void fireDeadlineUnlessAnotherNodeDid() {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(applicationId)
                .singleResult();
        Job deadline = instance == null
                ? null
                : management.createTimerJobQuery().processInstanceId(instance.getId()).list().stream()
                        .filter(job -> ApplicationProcess.DEADLINE_TIMER.equals(job.getElementId()))
                        .findFirst()
                        .orElse(null);
        if (deadline != null) {
            try {
                management.moveTimerToExecutableJob(deadline.getId());
            } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException firedElsewhere) {
                // another node's executor took the job; the status check below still applies
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "EXPIRED".equals(status()));
    }

    private Job timer(String elementId) {
        return management.createTimerJobQuery().processInstanceId(processInstanceId()).list().stream()
                .filter(job -> elementId.equals(job.getElementId()))
                .findFirst()
                .orElseThrow();
    }
}
