package cq.assist.mobile.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsBudget;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.mobile.support.Phones;
import cq.assist.web.ops.AssistMetrics;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.RequestIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator sees of mobile-api outside the demo profile, on MariaDB with Flowable running: probes on
 * the app port, health groups and Prometheus metrics on the management port, no API document, JSON logs,
 * and a request id that follows an application into the async jobs and item processes it causes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-components=always")
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

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
    RuntimeService runtime;

    @Autowired
    SmsBudget sms;

    @Autowired
    AssistMetrics metrics;

    /**
     * Logback is set up once per JVM by the first Spring context and kept while that context is cached; reset
     * it so this (non-demo) context sets it up as production would, with JSON lines.
     */
    @BeforeAll
    static void letThisContextSetUpLogging() {
        LoggingSystem.get(OperationsIT.class.getClassLoader()).cleanUp();
    }

    @Test
    void theAppPortAnswersTheProbesAndTheManagementPortTheRest() {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(new HttpApi(port).get("/livez").status()).isEqualTo(200);
        assertThat(new HttpApi(port).get("/readyz").status()).isEqualTo(200);
        assertThat(new HttpApi(port).get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(new HttpApi(port).get("/v3/api-docs").status())
                .as("no API document outside the demo profile unless ASSIST_API_DOCS=true")
                .isEqualTo(404);

        HttpApi.Answer readiness = new HttpApi(managementPort).get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.json().path("components").propertyNames())
                .containsExactlyInAnyOrder("db", "flowable", "readinessState");
        assertThat(readiness
                        .json()
                        .path("components")
                        .path("flowable")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        HttpApi.Answer liveness = new HttpApi(managementPort).get("/actuator/health/liveness");
        assertThat(liveness.json().path("components").propertyNames()).containsExactly("livenessState");
    }

    @Test
    void aClientRequestIdIsKeptOnlyWhenItCannotBePersonalData() {
        String id = UUID.randomUUID().toString();
        HttpApi.Answer kept = new HttpApi(port).send("GET", "/livez", null, Map.of(RequestIds.HEADER, id));
        assertThat(kept.header(RequestIds.HEADER)).isEqualTo(id);

        String phone = Phones.random();
        HttpApi.Answer replaced = new HttpApi(port).send("GET", "/livez", null, Map.of(RequestIds.HEADER, phone));
        assertThat(replaced.header(RequestIds.HEADER)).isNotEqualTo(phone).matches("[0-9a-f-]{36}");
    }

    @Test
    void theRequestIdFollowsAnApplicationIntoItsJobsAndItemProcessesAndTheMetricsCountIt(CapturedOutput output)
            throws Exception {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person applicant = fixtures.person("罗运维", 50);
        registry.stage(new StagedPerson(
                applicant.idNumber(),
                applicant.name(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                2,
                new BigDecimal("5000"),
                false,
                false));
        HttpApi worker = fixtures.worker(IntakeFixtures.QIXINGGANG).api();
        ApplicationForm form = ApplicationForms.form(
                applicant,
                List.of(new ApplicationForm.Member(
                        applicant.name(), applicant.idNumber(), "SELF", applicant.phone(), 2, false, "UNABLE")),
                IntakeFixtures.uploadPhoto(worker));
        String requestId = UUID.randomUUID().toString();

        HttpApi.Answer filed = worker.send(
                "POST",
                "/api/v1/applications",
                form,
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), RequestIds.HEADER, requestId));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.header(RequestIds.HEADER)).isEqualTo(requestId);
        String id = filed.json().get("id").asString();
        eventually(
                "item cases opened",
                () -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM item_case WHERE application_id = ? AND process_instance_id IS NOT NULL",
                                Integer.class,
                                id)
                        > 0);

        List<String> itemProcesses = jdbc.queryForList(
                "SELECT process_instance_id FROM item_case WHERE application_id = ? AND process_instance_id IS NOT NULL",
                String.class,
                id);
        for (String instance : itemProcesses) {
            // the item process waits for its first staff task; the engine keeps no variable history
            assertThat(runtime.getVariable(instance, RequestIds.VARIABLE))
                    .as("item process %s, started in an async job, carries the filing's request id", instance)
                    .isEqualTo(requestId);
        }
        eventually("the job's log line", () -> output.getOut().contains("checked and assessed"));
        String jobLine = output.getOut()
                .lines()
                .filter(line -> line.contains("Application " + id + " checked and assessed"))
                .findFirst()
                .orElseThrow();
        assertThat(jobLine).startsWith("{").contains("\"requestId\":\"" + requestId + "\"");
        assertThat(jobLine).doesNotContain("\"thread\":{\"name\":\"http-");
        assertThat(output.getOut()).doesNotContain(applicant.idNumber()).doesNotContain(applicant.phone());

        String phone = Phones.random();
        for (int i = 0; i < 11; i++) {
            sms.send(phone, "测试", null, null, SmsBudget.Kind.REMINDER);
        }
        metrics.refresh();
        String prometheus = new HttpApi(managementPort).prometheus().text();
        assertThat(prometheus)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/applications\"[^}]*} [1-9]")
                .containsPattern("assist_applications\\{status=\"IN_REVIEW\"} [1-9]")
                .containsPattern("assist_tasks_open\\{department=\"[A-Z_]+@\\d+\"} [1-9]")
                .contains("assist_tasks_overdue{department=")
                .contains("assist_jobs{state=\"deadletter\"}")
                .contains("assist_jobs{state=\"timer\"}")
                .containsPattern("assist_sms_sent_total\\{kind=\"REMINDER\"} (1[0-9]|[2-9][0-9])")
                .containsPattern("assist_sms_refused_total\\{kind=\"REMINDER\"} [1-9]");
    }

    private static void eventually(String what, BooleanSupplier probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!probe.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(250);
        }
    }
}
