package cq.assist.mobile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.common.CoreTexts;
import cq.assist.core.insurance.InsurerAnswer;
import cq.assist.core.insurance.RecordingInsurerAnswers;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.login.Roles;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import cq.assist.workflow.task.CompletingTasks;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import cq.assist.workflow.task.TaskView;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, 救助+保险 in a real browser at 360 px: a resident with 86,000 yuan of own-paid medical costs is
 * granted 低保 through the whole procedure (home visit, street review, the public notice's timer, district
 * decision); the 惠民济困保 claim then offered waits on the progress page for the resident's consent, which
 * names the insurer and the sum; the resident agrees and the claim shows as sent to the insurer (no insurer
 * adapter runs outside the demo profile, so it stays FILED).
 */
class InsuranceBrowserIT extends PhoneBrowserSupport {

    @Autowired
    StaffTasks tasks;

    @Autowired
    CompletingTasks completing;

    @Autowired
    ManagementService management;

    @Autowired
    RecordingInsurerAnswers answers;

    @Test
    void aResidentGrantedDibaoConsentsToTheInsuranceClaimOnItsProgressPage() throws Exception {
        Filed filed = filedWithMedicalBills("严国强", 57);
        Person me = filed.person();
        String token = filed.token();
        HttpApi resident = filed.resident();
        String id = filed.applicationId();
        eventually("DIBAO in review", () -> "IN_REVIEW".equals(status(resident, id, "DIBAO")));

        HttpApi worker = fixtures.worker(IntakeFixtures.QIXINGGANG).api();
        eventually("the home visit", () -> visitOf(worker, id) != null);
        HttpApi.Answer visited = worker.post(
                "/api/v1/worker/visits/" + visitOf(worker, id),
                Map.of(
                        "findings", "独居，身患重病，无收入。",
                        "recommendation", "SUPPORT",
                        "photoFileIds", List.of(IntakeFixtures.uploadPhoto(worker)),
                        "latitude", "29.556",
                        "longitude", "106.553"));
        assertThat(visited.status()).as(visited.toString()).isEqualTo(200);
        TaskScope street = scope(Roles.STREET_REVIEWER, "CIVIL_AFFAIRS@500103001");
        TaskScope district = scope(Roles.DISTRICT_APPROVER, "CIVIL_AFFAIRS@500103");
        eventually("street review", () -> open(street, id, "STREET_REVIEW") != null);
        completing.complete(
                open(street, id, "STREET_REVIEW").taskId(), new TaskDecision(Decision.APPROVE, null, null), street);
        String dibaoProcess = jdbc.queryForObject(
                "SELECT process_instance_id FROM item_case WHERE application_id = ? AND item_code = 'DIBAO'",
                String.class,
                id);
        eventually(
                "the public notice's timer",
                () -> management
                                .createTimerJobQuery()
                                .processInstanceId(dibaoProcess)
                                .singleResult()
                        != null);
        Job notice =
                management.createTimerJobQuery().processInstanceId(dibaoProcess).singleResult();
        management.moveTimerToExecutableJob(notice.getId());
        eventually("district decision", () -> open(district, id, "DISTRICT_DECISION") != null);
        completing.complete(
                open(district, id, "DISTRICT_DECISION").taskId(),
                new TaskDecision(Decision.APPROVE, null, new BigDecimal("810.00")),
                district);
        eventually("claim offered", () -> !resident.get("/api/v1/insurance-claims?applicationId=" + id)
                .json()
                .isEmpty());

        phone.loggedInAs(token, "RESIDENT").open("/applications/" + id).waitFor("[data-test=claims]");
        phone.withText("[data-test=claims]", "等待您同意");
        assertThat(phone.text("[data-test=claims]"))
                .as("the consent names the insurer and the sum that goes to it")
                .contains("惠民济困保", "86000.00");
        phone.scrollTo(phone.find("[data-test=claims]"));
        phone.check("36-insurance-claim-consent");
        phone.tap("[data-test=claim-refuse]").waitFor(".van-dialog");
        phone.check("37-insurance-claim-refuse-ask");
        phone.tap(".van-dialog__cancel");
        phone.waiting().until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".van-dialog")).stream()
                .noneMatch(org.openqa.selenium.WebElement::isDisplayed));
        assertThat(claimStatus(resident, id))
                .as("a second thought changes nothing")
                .isEqualTo("AWAITING_CONSENT");
        phone.tap("[data-test=claim-agree]");
        phone.withText("[data-test=claims] .status-tag", "已提交保险公司");
        assertThat(claimStatus(resident, id)).isEqualTo("FILED");
        phone.check("38-insurance-claim-filed");

        // the insurer pays, with the demo insurer's words; read in English, its name and answer are English
        String claimId = resident.get("/api/v1/insurance-claims?applicationId=" + id)
                .json()
                .get(0)
                .get("id")
                .asString();
        assertThat(answers.record(new InsurerAnswer(
                        claimId,
                        true,
                        new BigDecimal("30000"),
                        CoreTexts.zh("insurance.demo.paid", "1000", "50", "30000"),
                        "IT-" + claimId)))
                .isTrue();
        phone.open("/applications/" + id).withText("[data-test=claims] .status-tag", "已赔付");
        phone.tap(".top-lang").withText("[data-test=claims] .status-tag", "Paid");
        // the status is the app's own word at once; the insurer's answer comes with the refetch in English
        phone.withText("[data-test=claims]", CoreTexts.en("insurance.demo.paid", "1000", "50", "30000"));
        phone.assertEnglish("63-english-insurance-paid", me.name());
        phone.open("/messages").waitFor("[data-test=message]");
        phone.assertEnglish("64-english-messages-granted-and-paid", me.name());
        phone.tap(".top-lang").withText("h1", "我的消息");
    }

    private static String claimStatus(HttpApi resident, String applicationId) {
        return resident.get("/api/v1/insurance-claims?applicationId=" + applicationId)
                .json()
                .get(0)
                .get("status")
                .asString();
    }

    private static TaskScope scope(String role, String department) {
        return TaskScope.of("it-" + UUID.randomUUID(), Set.of(role), department, null);
    }

    private TaskView open(TaskScope scope, String applicationId, String step) {
        return tasks.open(scope).stream()
                .filter(t -> t.applicationId().equals(applicationId) && t.step().equals(step))
                .findFirst()
                .orElse(null);
    }

    private static String visitOf(HttpApi worker, String applicationId) {
        for (JsonNode v : worker.get("/api/v1/worker/visits").json()) {
            if (v.get("applicationId").asString().equals(applicationId)
                    && v.get("itemCode").asString().equals("DIBAO")) {
                return v.get("taskId").asString();
            }
        }
        return null;
    }

    private static String status(HttpApi as, String id, String code) {
        for (JsonNode item : as.get("/api/v1/applications/" + id).json().get("items")) {
            if (item.get("code").asString().equals(code)) {
                return item.get("status").asString();
            }
        }
        return null;
    }

    /** Polls a condition the server reaches on its own (async jobs), for at most 60 s. */
    private static void eventually(String what, BooleanSupplier probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!probe.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(250);
        }
    }
}
