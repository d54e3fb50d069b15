package cq.assist.webapi.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.MonitoredHouseholdFixtures;
import cq.assist.web.test.MonitoredHouseholdFixtures.Household;
import cq.assist.webapi.task.OpenTasks;
import cq.assist.webapi.task.StaffTokens;
import cq.assist.workflow.item.ItemProcesses;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import cq.assist.workflow.task.TaskView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Monthly payments through the HTTP API: a roll holds each cash grant in force that month exactly once per
 * household and item (paid from the month after the decision, the newest of two grants, a one-off once, an
 * ended grant no more); the same roll twice is a 409, also when built concurrently; the bank file carries
 * the payee in full and is audited; the bank's return file reconciles lines and flags failed ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentRollsIT {

    private static final String DISTRICT = "500154";
    private static final String COMMUNITY = "500154001001";

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SnapshotCodec codec;

    @Autowired
    PiiCipher cipher;

    @Autowired
    BusinessClock clock;

    @Autowired
    OpeningItemCases opening;

    @Autowired
    ItemProcesses processes;

    @Autowired
    StaffTasks staffTasks;

    @Autowired
    ItemCases itemCases;

    @Autowired
    ManagementService management;

    StaffTokens tokens;
    HttpApi district;
    MonitoredHouseholdFixtures fixtures;

    @BeforeEach
    void setUp() {
        tokens = new StaffTokens(tokenService);
        district = new HttpApi(port).as(tokens.districtApprover(DISTRICT));
        fixtures = new MonitoredHouseholdFixtures(jdbc, codec);
    }

    @Test
    void aRollPaysEachGrantInForceOnceAndTheBankFileAndReturnsCloseIt() throws Exception {
        Household li = household("李四海", "500154198001010011");
        Household wang = householdWithoutAccount("王小红", "500154198502020022");
        Household zhao = household("赵大山", "500154197003030033");
        fixtures.grant(li, "DIBAO", new BigDecimal("700.00"), LocalDate.of(2021, 4, 1), null);
        fixtures.grant(li, "DIBAO", new BigDecimal("750.00"), LocalDate.of(2021, 5, 1), null);
        fixtures.grant(li, "TEMP_AID", new BigDecimal("1000.00"), LocalDate.of(2021, 5, 1), null);
        fixtures.grant(wang, "DIBAO", new BigDecimal("600.00"), LocalDate.of(2021, 6, 1), null);
        fixtures.grant(
                zhao, "DISABLED_CARE", new BigDecimal("80.00"), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 30));

        HttpApi.Answer built =
                district.post("/api/v1/payments/rolls", Map.of("month", "2021-05", "regionCode", DISTRICT));
        assertThat(built.status()).as(built.toString()).isEqualTo(201);
        JsonNode roll = built.json();
        assertThat(roll.get("lineCount").asInt()).isEqualTo(2);
        assertThat(roll.get("total").asString()).isEqualTo("1750.00");
        assertThat(roll.get("status").asString()).isEqualTo("BUILT");
        Map<String, JsonNode> lines = new HashMap<>();
        roll.get("lines").forEach(l -> lines.put(l.get("itemCode").asString(), l));
        assertThat(lines.keySet()).containsExactlyInAnyOrder("DIBAO", "TEMP_AID");
        assertThat(lines.get("DIBAO").get("amount").asString()).isEqualTo("750.00");
        assertThat(lines.get("DIBAO").get("householdId").asString()).isEqualTo(li.key());
        assertThat(lines.get("DIBAO").get("payeeName").asString()).isEqualTo("李**");
        String rollId = roll.get("id").asString();

        assertThat(district.post("/api/v1/payments/rolls", Map.of("month", "2021-05", "regionCode", DISTRICT))
                        .status())
                .isEqualTo(409);
        assertThat(district.get("/api/v1/payments/rolls/" + rollId)
                        .json()
                        .get("lines")
                        .size())
                .isEqualTo(2);
        JsonNode june = district.post("/api/v1/payments/rolls", Map.of("month", "2021-06", "regionCode", DISTRICT))
                .json();
        List<String> juneItems = new ArrayList<>();
        june.get("lines")
                .forEach(l -> juneItems.add(l.get("householdId").asString() + "/"
                        + l.get("itemCode").asString()));
        assertThat(juneItems).containsExactlyInAnyOrder(li.key() + "/DIBAO", wang.key() + "/DIBAO");

        HttpApi.Answer file = district.get("/api/v1/payments/rolls/" + rollId + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Map<String, String[]> rows = rowsOf(file.bytes());
        assertThat(rows).hasSize(2);
        String dibaoLine = lines.get("DIBAO").get("id").asString();
        String aidLine = lines.get("TEMP_AID").get("id").asString();
        assertThat(rows.get(dibaoLine)[2]).isEqualTo("李四海");
        assertThat(rows.get(dibaoLine)[3]).isEqualTo("500154198001010011");
        assertThat(rows.get(dibaoLine)[7]).isEqualTo("750.00");
        assertThat(rows.get(dibaoLine)[8]).isEqualTo("6230154198001010011");
        assertThat(rows.get(dibaoLine)[9]).isEqualTo("重庆农村商业银行");
        assertThat(file.header("X-Account-Missing")).isEqualTo("0");
        assertThat(lines.get("DIBAO").get("payeeAccount").asString()).isEqualTo("***************0011");
        assertThat(lines.get("DIBAO").get("payeeBank").asString()).isEqualTo("重庆农村商业银行");
        assertThat(roll.get("accountMissing").asInt()).isZero();
        assertThat(built.text()).doesNotContain("154198001010011");
        byte[] raw = jdbc.queryForObject(
                "SELECT payee_account_enc FROM application WHERE id = ?", byte[].class, li.applicationId());
        assertThat(new String(raw, StandardCharsets.ISO_8859_1))
                .as("the stored account holds no clear digits of the number")
                .doesNotContain("154198001010011")
                .doesNotContain("0011");

        // wang gave no account: its June line is flagged and stays out of the bank file until it gives one
        String juneId = june.get("id").asString();
        assertThat(june.get("accountMissing").asInt()).isEqualTo(1);
        String wangLine = null;
        for (JsonNode l : june.get("lines")) {
            boolean isWang = l.get("householdId").asString().equals(wang.key());
            assertThat(l.get("accountMissing").asBoolean()).isEqualTo(isWang);
            if (isWang) {
                wangLine = l.get("id").asString();
                assertThat(l.has("payeeAccount") && !l.get("payeeAccount").isNull())
                        .as("no masked account without an account")
                        .isFalse();
            }
        }
        HttpApi.Answer juneFile = district.get("/api/v1/payments/rolls/" + juneId + "/file");
        assertThat(juneFile.header("X-Account-Missing")).isEqualTo("1");
        assertThat(rowsOf(juneFile.bytes())).hasSize(1).doesNotContainKey(wangLine);
        payeeAccount(wang, "6214830000987654321", "中国工商银行");
        Map<String, String[]> juneAgain = rowsOf(
                district.get("/api/v1/payments/rolls/" + juneId + "/file").bytes());
        assertThat(juneAgain).hasSize(2);
        assertThat(juneAgain.get(wangLine)[8]).isEqualTo("6214830000987654321");
        assertThat(juneAgain.get(wangLine)[9]).isEqualTo("中国工商银行");
        assertThat(district.get("/api/v1/payments/rolls/" + juneId)
                        .json()
                        .get("accountMissing")
                        .asInt())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'EXPORT_BANK_FILE' AND subject_id = ?",
                        Integer.class,
                        rollId))
                .isEqualTo(1);

        String csv = "明细编号,状态,原因\n" + dibaoLine + ",PAID,\n" + aidLine + ",FAILED,账户已销户\n999999999,PAID,\nabc,BAR,x\n";
        HttpApi.Answer reconciled = upload(rollId, "return.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reconciled.status()).as(reconciled.toString()).isEqualTo(200);
        assertThat(reconciled.json().get("paid").asInt()).isEqualTo(1);
        assertThat(reconciled.json().get("failed").asInt()).isEqualTo(1);
        assertThat(reconciled.json().get("unmatched").asInt()).isEqualTo(2);
        JsonNode after = district.get("/api/v1/payments/rolls/" + rollId).json();
        assertThat(after.get("status").asString()).isEqualTo("RECONCILED");
        assertThat(after.get("failed").asInt()).isEqualTo(1);
        JsonNode failures = district.get("/api/v1/payments/failures").json();
        assertThat(failures.findValuesAsString("id")).contains(aidLine);
        for (JsonNode f : failures) {
            if (f.get("id").asString().equals(aidLine)) {
                assertThat(f.get("failReason").asString()).isEqualTo("账户已销户");
            }
        }

        assertThat(reconciled.json().get("followUpCaseIds"))
                .as("the failed line is followed up")
                .hasSize(1);
        String followUpCase = reconciled.json().get("followUpCaseIds").get(0).asString();
        assertThat(jdbc.queryForMap(
                        "SELECT origin, item_code, status, proposed_amount, reasons FROM item_case WHERE id = ?",
                        followUpCase))
                .containsEntry("origin", "PAYMENT")
                .containsEntry("item_code", "TEMP_AID")
                .containsEntry("status", "IN_REVIEW")
                .satisfies(row -> assertThat(row.get("reasons").toString())
                        .contains("2021-05")
                        .contains("账户已销户"));
        JsonNode task = null;
        for (JsonNode t : district.get(
                        "/api/v1/tasks?size=100&q=IT" + li.applicationId().substring(0, 8))
                .json()) {
            if (t.get("itemCode").asString().equals("TEMP_AID")) {
                task = t;
            }
        }
        assertThat(task).as("the failed line is a task in the district's inbox").isNotNull();
        assertThat(task.get("step").asString()).isEqualTo("DEPARTMENT_REVIEW");
        HttpApi.Answer sameFile = upload(rollId, "return.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(sameFile.json().get("followUpCaseIds"))
                .as("the same file again opens nothing")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case WHERE application_id = ? AND origin = 'PAYMENT'",
                        Integer.class,
                        li.applicationId()))
                .isEqualTo(1);
        HttpApi.Answer decided = district.post(
                "/api/v1/tasks/" + task.get("taskId").asString() + "/complete",
                Map.of("decision", "REJECT", "reason", "户主已迁出，不再补发"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM item_case WHERE id = ?", String.class, followUpCase))
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_grant g JOIN item_case c ON c.id = g.case_id"
                                + " WHERE c.application_id = ? AND g.ends_on IS NULL",
                        Integer.class,
                        li.applicationId()))
                .as("a payment follow-up neither adds nor ends a grant")
                .isEqualTo(3);

        HttpApi.Answer again = upload(
                rollId, "return.xlsx", xlsx(java.util.Collections.singletonList(new String[] {aidLine, "PAID", ""})));
        assertThat(again.json().get("paid").asInt()).isEqualTo(1);
        assertThat(district.get("/api/v1/payments/rolls/" + rollId)
                        .json()
                        .get("failed")
                        .asInt())
                .isZero();

        JsonNode stats = new HttpApi(port)
                .as(tokens.admin())
                .get("/api/v1/stats?regionCode=" + DISTRICT)
                .json();
        assertThat(stats.has("applicationsByStatus")).isTrue();
        assertThat(stats.has("openAlerts")).isTrue();
        JsonNode may = null;
        for (JsonNode m : stats.get("paymentsByMonth")) {
            if (m.get("month").asString().equals("2021-05")) {
                may = m;
            }
        }
        assertThat(may).isNotNull();
        assertThat(may.get("lines").asLong()).isEqualTo(2);
        assertThat(may.get("total").asString()).isEqualTo("1750.00");
        assertThat(may.get("paidTotal").asString()).isEqualTo("1750.00");
        long mayLinesByItem = 0;
        for (JsonNode t : stats.get("paymentsByItemAndRegion")) {
            if (t.get("month").asString().equals("2021-05")) {
                assertThat(t.get("regionCode").asString()).isEqualTo(DISTRICT);
                assertThat(t.get("itemCode").asString()).isNotBlank();
                mayLinesByItem += t.get("lines").asLong();
            }
        }
        assertThat(mayLinesByItem)
                .as("the month's lines, split by item and district")
                .isEqualTo(2);

        HttpApi.Answer listed = district.get("/api/v1/payments/rolls?month=2021-05");
        assertThat(listed.header("X-Total-Count")).isEqualTo("1");
        assertThat(listed.json().get(0).get("id").asString()).isEqualTo(rollId);
    }

    @Test
    void theSameRollBuiltTwiceAtOnceExistsOnceAndOtherDistrictsCannotTouchIt() throws Exception {
        Household h = household("钱多多", "500154199004040044");
        fixtures.grant(h, "DIBAO", new BigDecimal("500.00"), LocalDate.of(2021, 1, 1), null);
        Callable<Integer> build =
                () -> district.post("/api/v1/payments/rolls", Map.of("month", "2021-08", "regionCode", DISTRICT))
                        .status();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answers = pool.invokeAll(List.of(build, build, build, build));
        pool.shutdown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> a : answers) {
            statuses.add(a.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM payment_line WHERE household_key = ? AND pay_month = '2021-08'",
                        Integer.class,
                        h.key()))
                .isEqualTo(1);

        String rollId = district.get("/api/v1/payments/rolls?month=2021-08")
                .json()
                .get(0)
                .get("id")
                .asString();
        HttpApi jiangbei = new HttpApi(port).as(tokens.districtApprover("500105"));
        assertThat(jiangbei.get("/api/v1/payments/rolls/" + rollId).status()).isEqualTo(404);
        assertThat(jiangbei.get("/api/v1/payments/rolls/" + rollId + "/file").status())
                .isEqualTo(404);
        assertThat(jiangbei.post("/api/v1/payments/rolls", Map.of("month", "2021-09", "regionCode", DISTRICT))
                        .status())
                .isEqualTo(403);
        assertThat(new HttpApi(port)
                        .as(tokens.streetReviewer("500154001"))
                        .get("/api/v1/payments/rolls")
                        .status())
                .isEqualTo(403);

        HttpApi.Answer bad = district.post("/api/v1/payments/rolls", Map.of("month", "2021-13", "regionCode", "5001"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("month");
        String far = LocalDate.now().plusYears(2).toString().substring(0, 7);
        assertThat(district.post("/api/v1/payments/rolls", Map.of("month", far, "regionCode", DISTRICT))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("month");
        HttpApi.Answer badRegion =
                district.post("/api/v1/payments/rolls", Map.of("month", "2021-10", "regionCode", "5001"));
        assertThat(badRegion.json().get("errors").get(0).get("field").asString())
                .isEqualTo("regionCode");
    }

    @Test
    void aReviewThatRejectsEndsTheGrantAfterTheMonthOfTheDecision() throws Exception {
        String community = "500111001001";
        Household h = fixtures.monitored(community, new BigDecimal("300"), clock.now());
        fixtures.grant(h, "DISABLED_CARE", new BigDecimal("80.00"), LocalDate.of(2021, 1, 1), null);
        ItemCaseRow review = opening.open(new NewCase(
                        h.applicationId(),
                        h.key(),
                        community,
                        "DISABLED_CARE",
                        CaseOrigin.MONITORING,
                        ItemCaseStatus.PENDING,
                        false,
                        List.of("复审")))
                .orElseThrow();
        processes.start(review.id());
        HttpApi approver = new HttpApi(port).as(tokens.districtApprover("500111"));
        String taskId = null;
        for (JsonNode t : approver.get("/api/v1/tasks?status=open&size=100").json()) {
            if (t.get("applicationId").asString().equals(h.applicationId())) {
                taskId = t.get("taskId").asString();
            }
        }
        assertThat(taskId).as("review task in the district inbox").isNotNull();
        HttpApi.Answer rejected = approver.post(
                "/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "REJECT", "reason", "复审：已不符合条件"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);

        LocalDate today = clock.today();
        assertThat(jdbc.queryForObject(
                        "SELECT g.ends_on FROM item_grant g JOIN item_case c ON c.id = g.case_id"
                                + " WHERE c.household_key = ? AND c.status = 'GRANTED'",
                        LocalDate.class,
                        h.key()))
                .isEqualTo(today.withDayOfMonth(today.lengthOfMonth()));
        String thisMonth = today.toString().substring(0, 7);
        String nextMonth = today.plusMonths(1).toString().substring(0, 7);
        HttpApi.Answer now =
                approver.post("/api/v1/payments/rolls", Map.of("month", thisMonth, "regionCode", "500111"));
        HttpApi.Answer next =
                approver.post("/api/v1/payments/rolls", Map.of("month", nextMonth, "regionCode", "500111"));
        assertThat(now.status()).as(now.toString()).isEqualTo(201);
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(now.json().get("lines").findValuesAsString("householdId")).contains(h.key());
        assertThat(next.json().get("lines").findValuesAsString("householdId")).doesNotContain(h.key());
    }

    /**
     * End to end from the decision: 低保 decided through the real item process and {@code /api/v1/tasks} (home
     * visit, street review, public notice, district decision with an amount) is paid from the month after the
     * decision, with the decided amount, and not in the month of the decision.
     */
    @Test
    void aDibaoDecidedThroughTheTasksIsPaidFromTheMonthAfterTheDecision() throws Exception {
        // 开州: its rolls are of 2021 elsewhere in this class, and no other test reads its payments (江北's dashboard
        // must stay empty for AccountPasswordBrowserIT)
        String districtCode = DISTRICT;
        String community = COMMUNITY;
        Household h = fixtures.monitored(community, new BigDecimal("300"), clock.now());
        fixtures.application(h, "钱决定", "500154197705050055", cipher);
        payeeAccount(h, "6230" + "500154197705050055".substring(3), "重庆农村商业银行");
        ItemCaseRow dibao = opening.open(new NewCase(
                        h.applicationId(),
                        h.key(),
                        community,
                        "DIBAO",
                        CaseOrigin.ASSESSMENT,
                        ItemCaseStatus.PENDING,
                        true,
                        List.of("家庭人均收入低于低保标准")))
                .orElseThrow();
        processes.start(dibao.id());
        TaskScope worker = TaskScope.of("worker-" + UUID.randomUUID(), Set.of(Roles.COMMUNITY_WORKER), null, community);
        staffTasks.complete(
                taskOf(() -> staffTasks.open(worker).stream()
                        .filter(t -> t.applicationId().equals(h.applicationId()))
                        .map(TaskView::taskId)
                        .findFirst()
                        .orElse(null)),
                new TaskDecision(Decision.APPROVE, null, null),
                worker);
        HttpApi street = new HttpApi(port).as(tokens.streetReviewer("500154001"));
        HttpApi.Answer reviewed = street.post(
                "/api/v1/tasks/" + taskOf(() -> openTaskOf(street, h)) + "/complete", Map.of("decision", "APPROVE"));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        Job notice = management
                .createTimerJobQuery()
                .processInstanceId(itemCases.find(dibao.id()).processInstanceId())
                .singleResult();
        management.moveTimerToExecutableJob(notice.getId());
        HttpApi approver = new HttpApi(port).as(tokens.districtApprover(districtCode));
        HttpApi.Answer decided = approver.post(
                "/api/v1/tasks/" + taskOf(() -> openTaskOf(approver, h)) + "/complete",
                Map.of("decision", "APPROVE", "amount", "655.00"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(itemCases.find(dibao.id()).status()).isEqualTo("GRANTED");

        LocalDate today = clock.today();
        HttpApi.Answer decisionMonth = approver.post(
                "/api/v1/payments/rolls",
                Map.of("month", today.toString().substring(0, 7), "regionCode", districtCode));
        HttpApi.Answer nextMonth = approver.post(
                "/api/v1/payments/rolls",
                Map.of("month", today.plusMonths(1).toString().substring(0, 7), "regionCode", districtCode));
        assertThat(decisionMonth.status()).as(decisionMonth.toString()).isEqualTo(201);
        assertThat(nextMonth.status()).as(nextMonth.toString()).isEqualTo(201);
        assertThat(decisionMonth.json().get("lines").findValuesAsString("householdId"))
                .as("not paid in the month of the decision")
                .doesNotContain(h.key());
        List<String> paid = new ArrayList<>();
        nextMonth.json().get("lines").forEach(l -> {
            if (l.get("householdId").asString().equals(h.key())) {
                paid.add(l.get("itemCode").asString() + " " + l.get("amount").asString());
            }
        });
        assertThat(paid).as("paid from the month after the decision").containsExactly("DIBAO 655.00");
    }

    private static String openTaskOf(HttpApi as, Household h) {
        return OpenTasks.of(as, h.applicationId());
    }

    /** The task id the probe finds within 30 seconds (the engine's asynchronous steps), else a failed test. */
    private static String taskOf(java.util.function.Supplier<String> probe) throws InterruptedException {
        String id = OpenTasks.eventually(probe);
        assertThat(id).as("an open task within 30 s").isNotNull();
        return id;
    }

    @Test
    void aFailedLineTheDistrictPaysAgainIsPaidOnceInTheNextRoll() throws Exception {
        String districtCode = "500113";
        String community = "500113001001";
        HttpApi approver = new HttpApi(port).as(tokens.districtApprover(districtCode));
        Household paidAgain = fixtures.monitored(community, new BigDecimal("300"), clock.now());
        fixtures.application(paidAgain, "孙补发", "500113198806060066", cipher);
        payeeAccount(paidAgain, "6230" + "500113198806060066".substring(3), "重庆农村商业银行");
        Household notAgain = fixtures.monitored(community, new BigDecimal("300"), clock.now());
        fixtures.application(notAgain, "周不发", "500113197707070077", cipher);
        payeeAccount(notAgain, "6230" + "500113197707070077".substring(3), "重庆农村商业银行");
        fixtures.grant(paidAgain, "DIBAO", new BigDecimal("700.00"), LocalDate.of(2022, 3, 1), null);
        fixtures.grant(notAgain, "DIBAO", new BigDecimal("650.00"), LocalDate.of(2022, 3, 1), null);

        JsonNode march = approver.post("/api/v1/payments/rolls", Map.of("month", "2022-03", "regionCode", districtCode))
                .json();
        Map<String, String> marchLine = new HashMap<>();
        march.get("lines")
                .forEach(l -> marchLine.put(
                        l.get("householdId").asString(), l.get("id").asString()));
        String csv = "明细编号,状态,原因\n" + marchLine.get(paidAgain.key()) + ",FAILED,账户已冻结\n" + marchLine.get(notAgain.key())
                + ",FAILED,户主已迁出\n";
        HttpApi.Answer returned =
                upload(approver, march.get("id").asString(), "return.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(returned.json().get("followUpCaseIds")).hasSize(2);
        decideFollowUp(approver, paidAgain, Map.of("decision", "APPROVE", "amount", "700.00", "reason", "账户已解冻，补发"));
        decideFollowUp(approver, notAgain, Map.of("decision", "REJECT", "reason", "户主已迁出，不再补发"));

        HttpApi.Answer april =
                approver.post("/api/v1/payments/rolls", Map.of("month", "2022-04", "regionCode", districtCode));
        assertThat(april.status()).as(april.toString()).isEqualTo(201);
        List<JsonNode> aprilLines = new ArrayList<>();
        april.json().get("lines").forEach(aprilLines::add);
        List<JsonNode> repayments =
                aprilLines.stream().filter(l -> repays(l) != null).toList();
        assertThat(repayments).as("only the approved line is paid again").hasSize(1);
        JsonNode repayment = repayments.get(0);
        assertThat(repayment.get("householdId").asString()).isEqualTo(paidAgain.key());
        assertThat(repayment.get("repaysLineId").asString()).isEqualTo(marchLine.get(paidAgain.key()));
        assertThat(repayment.get("repaysMonth").asString()).isEqualTo("2022-03");
        assertThat(repayment.get("month").asString()).isEqualTo("2022-04");
        assertThat(repayment.get("amount").asString()).isEqualTo("700.00");
        assertThat(aprilLines)
                .as("both households' April lines besides the re-payment")
                .hasSize(3);
        assertThat(rowsOf(approver.get("/api/v1/payments/rolls/"
                                        + april.json().get("id").asString() + "/file")
                                .bytes())
                        .get(repayment.get("id").asString())[5])
                .as("the bank file names the re-payment")
                .contains("补发2022-03");

        JsonNode may = approver.post("/api/v1/payments/rolls", Map.of("month", "2022-05", "regionCode", districtCode))
                .json();
        may.get("lines").forEach(l -> assertThat(repays(l))
                .as("a failed line is paid again once")
                .isNull());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM payment_line WHERE repays_line_id = ?",
                        Integer.class,
                        Long.parseLong(marchLine.get(paidAgain.key()))))
                .isEqualTo(1);
    }

    /**
     * Issue 9, arrears: a roll may be built for next month, so a grant decided after that roll was built would
     * never be paid for its first month. The next roll pays the missed month (a line carrying that month, named
     * 补发 in the bank file), a one-off grant too, and the roll after pays neither again.
     */
    @Test
    void aGrantDecidedAfterItsFirstMonthsRollWasBuiltIsPaidThatMonthInTheNextRoll() throws Exception {
        String districtCode = "500116";
        String community = "500116001001";
        HttpApi approver = new HttpApi(port).as(tokens.districtApprover(districtCode));
        HttpApi.Answer june =
                approver.post("/api/v1/payments/rolls", Map.of("month", "2022-06", "regionCode", districtCode));
        assertThat(june.status()).as(june.toString()).isEqualTo(201);
        // decided after June's roll was built: paid from June (the month after the decision)
        Household late = fixtures.monitored(community, new BigDecimal("300"), clock.now());
        fixtures.application(late, "吴迟到", "500116199001010011", cipher);
        payeeAccount(late, "6230" + "500116199001010011".substring(3), "重庆农村商业银行");
        fixtures.grant(late, "DIBAO", new BigDecimal("720.00"), LocalDate.of(2022, 6, 1), null);
        fixtures.grant(late, "TEMP_AID", new BigDecimal("1500.00"), LocalDate.of(2022, 6, 1), null);

        JsonNode july = approver.post("/api/v1/payments/rolls", Map.of("month", "2022-07", "regionCode", districtCode))
                .json();
        List<String> julyLines = new ArrayList<>();
        Map<String, String> lineIds = new HashMap<>();
        july.get("lines").forEach(l -> {
            if (l.get("householdId").asString().equals(late.key())) {
                String line = l.get("itemCode").asString() + " "
                        + l.get("month").asString() + " " + l.get("amount").asString();
                julyLines.add(line);
                lineIds.put(line, l.get("id").asString());
            }
        });
        assertThat(julyLines)
                .containsExactlyInAnyOrder("DIBAO 2022-07 720.00", "DIBAO 2022-06 720.00", "TEMP_AID 2022-06 1500.00");
        assertThat(rowsOf(approver.get("/api/v1/payments/rolls/"
                                        + july.get("id").asString() + "/file")
                                .bytes())
                        .get(lineIds.get("DIBAO 2022-06 720.00"))[5])
                .as("the bank file names the missed month")
                .contains("补发2022-06");

        JsonNode august = approver.post(
                        "/api/v1/payments/rolls", Map.of("month", "2022-08", "regionCode", districtCode))
                .json();
        List<String> augustLines = new ArrayList<>();
        august.get("lines").forEach(l -> {
            if (l.get("householdId").asString().equals(late.key())) {
                augustLines.add(
                        l.get("itemCode").asString() + " " + l.get("month").asString());
            }
        });
        assertThat(augustLines).as("no month is paid twice").containsExactly("DIBAO 2022-08");
    }

    /** The failed line a line pays again, or null (the answer leaves the field out then). */
    private static String repays(JsonNode line) {
        JsonNode repays = line.get("repaysLineId");
        return repays == null || repays.isNull() ? null : repays.asString();
    }

    private void decideFollowUp(HttpApi approver, Household h, Map<String, Object> decision) {
        JsonNode task = null;
        for (JsonNode t : approver.get(
                        "/api/v1/tasks?size=100&q=IT" + h.applicationId().substring(0, 8))
                .json()) {
            if (t.get("itemCode").asString().equals("DIBAO")) {
                task = t;
            }
        }
        assertThat(task)
                .as("the failed line's follow-up in the district's inbox")
                .isNotNull();
        HttpApi.Answer decided =
                approver.post("/api/v1/tasks/" + task.get("taskId").asString() + "/complete", decision);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    private Household household(String name, String idNumber) {
        Household h = householdWithoutAccount(name, idNumber);
        payeeAccount(h, "6230" + idNumber.substring(idNumber.length() - 15), "重庆农村商业银行");
        return h;
    }

    private Household householdWithoutAccount(String name, String idNumber) {
        Household h = fixtures.monitored(COMMUNITY, new BigDecimal("300"), clock.now());
        fixtures.application(h, name, idNumber, cipher);
        return h;
    }

    /** The payee account as {@code SettingPayeeAccount} stores it (the resident gives it in mobile-api). */
    private void payeeAccount(Household h, String number, String bank) {
        jdbc.update(
                "UPDATE application SET payee_account_enc = ?, payee_bank = ? WHERE id = ?",
                cipher.encrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, h.applicationId(), number),
                bank,
                h.applicationId());
    }

    private HttpApi.Answer upload(String rollId, String filename, byte[] content) {
        return upload(district, rollId, filename, content);
    }

    private static HttpApi.Answer upload(HttpApi as, String rollId, String filename, byte[] content) {
        String boundary = "----it" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return as.send(
                "POST",
                "/api/v1/payments/rolls/" + rollId + "/returns",
                body.toByteArray(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    private static Map<String, String[]> rowsOf(byte[] xlsx) throws Exception {
        Map<String, String[]> rows = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] cells = new String[10];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = row.getCell(c).getStringCellValue();
                }
                rows.put(cells[0], cells);
            }
        }
        return rows;
    }

    private static byte[] xlsx(List<String[]> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            int r = 0;
            for (String[] cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
