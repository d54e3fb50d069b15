package cq.assist.webapi.task;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.login.Roles;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.item.ItemProcesses;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The inbox as offices use it: pages with {@code X-Total-Count}, filters (item, step, overdue, application
 * number), sort by due date, the export as {@code .xlsx}, one task, unclaim, and an administrator who takes
 * no department task. Each test works in a district of its own, so other tests' tasks never show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskInboxIT {

    @LocalServerPort
    int port;

    @Autowired
    OpeningItemCases opening;

    @Autowired
    ItemProcesses processes;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    HttpApi api;
    StaffTokens tokens;
    String district;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        tokens = new StaffTokens(tokenService);
        district = "59" + (1000 + ThreadLocalRandom.current().nextInt(9000));
    }

    private ItemCaseRow housingCase() {
        String household = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        ItemCaseRow row = opening.open(new NewCase(
                        UUID.randomUUID().toString(),
                        household,
                        district + "001001",
                        "HOUSING",
                        CaseOrigin.ASSESSMENT,
                        ItemCaseStatus.PENDING,
                        true,
                        List.of()))
                .orElseThrow();
        processes.start(row.id());
        return row;
    }

    private HttpApi housing() {
        return api.as(tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@" + district));
    }

    private List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.forEach(t -> ids.add(t.get("taskId").asString()));
        return ids;
    }

    /**
     * The inbox joins our item cases to Flowable's open tasks by process instance id. With the two columns
     * in different collations MariaDB cannot use Flowable's index and reads every open task for each page
     * (23 s a page at 1,000,000 tasks, BENCHMARKS.md); V92 gives our column Flowable's collation.
     */
    @Test
    void theInboxJoinCanUseFlowablesProcessInstanceIndex() {
        String ours = jdbc.queryForObject(
                "SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = 'item_case' AND COLUMN_NAME = 'process_instance_id'",
                String.class);
        String flowables = jdbc.queryForObject(
                "SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = 'ACT_RU_TASK' AND COLUMN_NAME = 'PROC_INST_ID_'",
                String.class);
        assertThat(ours).isEqualTo(flowables);
        List<String> taskKeys = jdbc.query(
                "EXPLAIN SELECT t.ID_ FROM item_case c STRAIGHT_JOIN ACT_RU_TASK t"
                        + " ON t.PROC_INST_ID_ = c.process_instance_id WHERE c.task_group IN ('x')"
                        + " ORDER BY c.due_at, c.id LIMIT 20",
                (rs, i) -> rs.getString("table") + ":" + rs.getString("possible_keys"));
        assertThat(taskKeys).contains("t:ACT_FK_TASK_PROCINST");
    }

    @Test
    void pagesCarryTheTotalAndNeverOverlap() {
        for (int i = 0; i < 5; i++) {
            housingCase();
        }
        HttpApi housing = housing();

        HttpApi.Answer first = housing.get("/api/v1/tasks?page=0&size=2");
        HttpApi.Answer second = housing.get("/api/v1/tasks?page=1&size=2");
        HttpApi.Answer third = housing.get("/api/v1/tasks?page=2&size=2");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("X-Total-Count")).isEqualTo("5");
        assertThat(third.header("X-Total-Count")).isEqualTo("5");
        Set<String> all = new HashSet<>();
        all.addAll(ids(first.json()));
        all.addAll(ids(second.json()));
        all.addAll(ids(third.json()));
        assertThat(ids(first.json())).hasSize(2);
        assertThat(ids(third.json())).hasSize(1);
        assertThat(all).hasSize(5);
        assertThat(housing.get("/api/v1/tasks").json()).hasSize(5);
        assertThat(api.as(tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500105"))
                        .get("/api/v1/tasks?q=" + district)
                        .header("X-Total-Count"))
                .isEqualTo("0");
    }

    @Test
    void filtersAndSortNarrowTheInbox() {
        ItemCaseRow late = housingCase();
        ItemCaseRow early = housingCase();
        Timestamp threeDaysAgo = Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS));
        // the step listener writes the due time to the task and to its case together; the inbox filters and
        // sorts on the case's copy (item_case.due_at, indexed with task_group)
        jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE PROC_INST_ID_ = ?", threeDaysAgo, pid(early));
        jdbc.update("UPDATE item_case SET due_at = ? WHERE process_instance_id = ?", threeDaysAgo, pid(early));
        HttpApi housing = housing();

        JsonNode overdue = housing.get("/api/v1/tasks?overdue=true").json();
        JsonNode notOverdue = housing.get("/api/v1/tasks?overdue=false").json();
        JsonNode byDue = housing.get("/api/v1/tasks?sort=dueAt").json();

        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("applicationId").asString()).isEqualTo(early.applicationId());
        assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(notOverdue).hasSize(1);
        assertThat(notOverdue.get(0).get("applicationId").asString()).isEqualTo(late.applicationId());
        assertThat(byDue.get(0).get("applicationId").asString()).isEqualTo(early.applicationId());
        assertThat(housing.get("/api/v1/tasks?itemCode=DIBAO").json()).isEmpty();
        assertThat(housing.get("/api/v1/tasks?itemCode=HOUSING").json()).hasSize(2);
        assertThat(housing.get("/api/v1/tasks?step=DEPARTMENT_REVIEW").json()).hasSize(2);
        assertThat(housing.get("/api/v1/tasks?step=STREET_REVIEW").json()).isEmpty();
    }

    @Test
    void badQueryValuesAre400sNamingTheParameter() {
        HttpApi housing = housing();
        for (String q :
                List.of("size=0", "size=101", "page=-1", "page=2147483647", "sort=name", "step=X", "overdue=maybe")) {
            HttpApi.Answer answer = housing.get("/api/v1/tasks?" + q);
            assertThat(answer.status()).as(q).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(q.substring(0, q.indexOf('=')));
        }
    }

    @Test
    void theExportIsAWorkbookOfTheFilteredInbox() throws Exception {
        housingCase();
        housingCase();
        HttpApi.Answer answer = housing().get("/api/v1/tasks/export?itemCode=HOUSING");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(answer.header("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.bytes()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("申请编号");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("HOUSING");
        }
    }

    @Test
    void oneTaskClaimUnclaimAndAnAdministratorTakesNone() {
        ItemCaseRow row = housingCase();
        HttpApi housing = housing();
        HttpApi colleague = housing();
        String taskId = housing.get("/api/v1/tasks").json().get(0).get("taskId").asString();

        assertThat(housing.get("/api/v1/tasks/" + taskId)
                        .json()
                        .get("applicationId")
                        .asString())
                .isEqualTo(row.applicationId());
        assertThat(api.as(tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500105"))
                        .get("/api/v1/tasks/" + taskId)
                        .status())
                .isEqualTo(404);
        HttpApi admin = api.as(tokens.admin());
        assertThat(admin.get("/api/v1/tasks").json()).isEmpty();
        assertThat(admin.post("/api/v1/tasks/" + taskId + "/claim", null).status())
                .isEqualTo(403);

        assertThat(housing.post("/api/v1/tasks/" + taskId + "/claim", null).status())
                .isEqualTo(200);
        assertThat(colleague.post("/api/v1/tasks/" + taskId + "/claim", null).status())
                .isEqualTo(409);
        assertThat(colleague.post("/api/v1/tasks/" + taskId + "/unclaim", null).status())
                .isEqualTo(409);
        assertThat(housing.post("/api/v1/tasks/" + taskId + "/unclaim", null).status())
                .isEqualTo(200);
        assertThat(colleague.post("/api/v1/tasks/" + taskId + "/claim", null).status())
                .isEqualTo(200);
    }

    private String pid(ItemCaseRow row) {
        return jdbc.queryForObject("SELECT process_instance_id FROM item_case WHERE id = ?", String.class, row.id());
    }
}
