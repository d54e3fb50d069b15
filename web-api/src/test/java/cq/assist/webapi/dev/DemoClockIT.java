package cq.assist.webapi.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The demo clock moves business and engine time together and fires the timers that fell due. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DemoClockIT {

    private static final String CLOCK = "/api/v1/dev/clock";
    private static final String TIMER_BPMN = "cq/assist/workflow/clock/twoDayTimer.bpmn20.xml";

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    BusinessClock clock;

    @Autowired
    ProcessEngineConfiguration engineConfiguration;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    HttpApi api;
    StaffTokens tokens;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        tokens = new StaffTokens(tokenService);
    }

    @Test
    void advancingThreeDaysFiresATwoDayTimer() {
        repository.createDeployment().addClasspathResource(TIMER_BPMN).deploy();
        String instanceId = runtime.startProcessInstanceByKey(
                        "twoDayTimer", UUID.randomUUID().toString())
                .getId();
        assertThat(management
                        .createTimerJobQuery()
                        .processInstanceId(instanceId)
                        .count())
                .isEqualTo(1);

        HttpApi.Answer answer = api.as(tokens.admin()).post(CLOCK, Map.of("advanceDays", 3));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("advancedDays").asInt()).isEqualTo(3);
        assertThat(body.get("timersFired").asInt()).isGreaterThanOrEqualTo(1);
        Instant reported = OffsetDateTime.parse(body.get("now").asString()).toInstant();
        assertThat(Duration.between(reported, clock.now()).abs()).isLessThan(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> tasks.createTaskQuery()
                                .processInstanceId(instanceId)
                                .taskDefinitionKey("afterTimer")
                                .count()
                        == 1);
    }

    @Test
    void engineClockFollowsTheBusinessClock() {
        api.as(tokens.admin()).post(CLOCK, Map.of("advanceDays", 1));

        Instant engineNow = engineConfiguration.getClock().getCurrentTime().toInstant();

        assertThat(clock.offset()).isGreaterThanOrEqualTo(Duration.ofDays(1));
        assertThat(Duration.between(engineNow, clock.now()).abs()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void onlyAdministratorsMayMoveTheClock() {
        Instant before = clock.now();

        HttpApi.Answer staff = api.as(tokens.districtApprover("500103")).post(CLOCK, Map.of("advanceDays", 1));
        HttpApi.Answer anonymous = api.post(CLOCK, Map.of("advanceDays", 1));

        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(Duration.between(before, clock.now())).isLessThan(Duration.ofHours(1));
    }

    @Test
    void advanceDaysOutsideOneToSixtyIs400NamingTheField() {
        for (Object days : new Object[] {0, 61, -1}) {
            HttpApi.Answer answer = api.as(tokens.admin()).post(CLOCK, Map.of("advanceDays", days));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("advanceDays");
        }
        assertThat(api.as(tokens.admin()).post(CLOCK, Map.of()).status()).isEqualTo(400);
    }
}
