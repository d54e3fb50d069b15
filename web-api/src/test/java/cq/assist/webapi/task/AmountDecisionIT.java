package cq.assist.webapi.task;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.login.Roles;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.item.ItemProcesses;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Amounts at the district decision (issue 8, security review M9): the rules' proposal is on the item; a
 * changed amount needs a reason; nothing above the hard maximum; above the deviation or the limit a second
 * approver of the office must confirm the same amount (maker-checker), never the first approver itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmountDecisionIT {

    private static final String COMMUNITY = "500103001001";
    private static final BigDecimal PROPOSED = new BigDecimal("900.00");

    @LocalServerPort
    int port;

    @Autowired
    OpeningItemCases opening;

    @Autowired
    ItemProcesses processes;

    @Autowired
    StaffTasks staffTasks;

    @Autowired
    ItemCases cases;

    @Autowired
    ManagementService management;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    StaffTokens tokens;

    @BeforeEach
    void setUp() {
        tokens = new StaffTokens(tokenService);
    }

    @Test
    void aChangedAmountNeedsAReasonAndNothingAboveTheMaximumIsAccepted() throws Exception {
        ItemCaseRow row = atDistrictDecision();
        HttpApi district = new HttpApi(port).as(tokens.districtApprover("500103"));
        String task = taskFor(district, row);

        HttpApi.Answer noReason = complete(district, task, "950.00", null);
        HttpApi.Answer huge = complete(district, task, "9999999999.99", "核定");

        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(huge.status()).as(huge.toString()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        assertThat(cases.find(row.id()).status()).isEqualTo("IN_REVIEW");
        HttpApi.Answer confirmed = complete(district, task, "900.00", null);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(cases.find(row.id()).amount()).isEqualByComparingTo(PROPOSED);
    }

    @Test
    void anAmountOverTheLimitWaitsForASecondApprover() throws Exception {
        ItemCaseRow row = atDistrictDecision();
        HttpApi maker = new HttpApi(port).as(tokens.districtApprover("500103"));
        HttpApi checker = new HttpApi(port).as(tokens.districtApprover("500103"));
        String task = taskFor(maker, row);
        assertThat(maker.post("/api/v1/tasks/" + task + "/claim", null).status())
                .isEqualTo(200);

        HttpApi.Answer first = complete(maker, task, "2000.00", "家中有重病患者，经核实提高救助金额");

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(first.json().get("result").asString()).isEqualTo("AWAITING_SECOND_APPROVAL");
        assertThat(cases.find(row.id()).status()).isEqualTo("IN_REVIEW");
        assertThat(complete(maker, task, "2000.00", "再次确认").status())
                .as("the maker cannot check itself")
                .isEqualTo(409);
        HttpApi.Answer second = complete(checker, task, "2000.00", "复核同意");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        ItemCaseRow granted = cases.find(row.id());
        assertThat(granted.status()).isEqualTo("GRANTED");
        assertThat(granted.amount()).isEqualByComparingTo("2000.00");
        assertThat(jdbc.queryForList(
                        "SELECT decision FROM item_case_event WHERE case_id = ? AND step = 'DISTRICT_DECISION' ORDER BY id",
                        String.class,
                        row.id()))
                .containsExactly("FIRST_APPROVAL", "APPROVE", "GRANT");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'DECISION' AND subject_id = ?"
                                + " AND purpose LIKE 'DISTRICT_DECISION%'",
                        Integer.class, row.id()))
                .isEqualTo(2);
    }

    private ItemCaseRow atDistrictDecision() throws InterruptedException {
        String household = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        ItemCaseRow row = opening.open(new NewCase(
                        UUID.randomUUID().toString(),
                        household,
                        COMMUNITY,
                        "DIBAO",
                        CaseOrigin.ASSESSMENT,
                        ItemCaseStatus.PENDING,
                        true,
                        List.of("家庭人均收入低于低保标准"),
                        PROPOSED))
                .orElseThrow();
        processes.start(row.id());
        TaskScope worker = TaskScope.of("worker-" + UUID.randomUUID(), Set.of(Roles.COMMUNITY_WORKER), null, COMMUNITY);
        staffTasks.complete(taskOf(row, worker), new TaskDecision(Decision.APPROVE, null, null), worker);
        TaskScope street = TaskScope.of(
                "street-" + UUID.randomUUID(), Set.of(Roles.STREET_REVIEWER), "CIVIL_AFFAIRS@500103001", null);
        staffTasks.complete(taskOf(row, street), new TaskDecision(Decision.APPROVE, null, null), street);
        Job timer = management
                .createTimerJobQuery()
                .processInstanceId(cases.find(row.id()).processInstanceId())
                .singleResult();
        management.moveTimerToExecutableJob(timer.getId());
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"DISTRICT_DECISION".equals(cases.find(row.id()).currentStep()) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(cases.find(row.id()).currentStep()).isEqualTo("DISTRICT_DECISION");
        return row;
    }

    private String taskOf(ItemCaseRow row, TaskScope scope) {
        return staffTasks.open(scope).stream()
                .filter(t -> t.applicationId().equals(row.applicationId()))
                .findFirst()
                .orElseThrow()
                .taskId();
    }

    private static String taskFor(HttpApi as, ItemCaseRow row) {
        for (JsonNode t : as.get("/api/v1/tasks?status=open").json()) {
            if (t.get("applicationId").asString().equals(row.applicationId())) {
                return t.get("taskId").asString();
            }
        }
        throw new AssertionError("no task");
    }

    private static HttpApi.Answer complete(HttpApi as, String task, String amount, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("decision", "APPROVE");
        body.put("amount", amount);
        if (reason != null) {
            body.put("reason", reason);
        }
        return as.post("/api/v1/tasks/" + task + "/complete", body);
    }
}
