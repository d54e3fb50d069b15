package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.test.MonitoredHouseholdFixtures;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * An administrator's day ({@code admin}) in Chromium: administration menus and the dashboard but no inbox and
 * no case data (三员分立), the accounts screen disabling and enabling a staff account, the 低保 standard raised
 * by a new parameter version whose re-screening run of the monitored households is read on the page, the
 * monitoring alert it raised turned into a follow-up review, the working-day calendar corrected (a working day
 * made a rest day moves an open task's due date, and back), and the audit chain verified on the audit log
 * screen (axe-core checks the page after the click as well).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministratorDayBrowserIT extends ConsoleBrowserSupport {

    @Autowired
    PiiCipher cipher;

    @Autowired
    SnapshotCodec codec;

    @Autowired
    WorkingDays workingDays;

    String clerk;
    MonitoredHouseholdFixtures.Household monitored;
    ConsoleCases.Filed filed;

    @BeforeAll
    void start() {
        clerk = "clerk." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO staff_account (username, password_hash, totp_secret_enc, display_name, roles,"
                        + " department_code, region_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
                clerk,
                new BCryptPasswordEncoder(4).encode("Clerk#2026"),
                cipher.encrypt(cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET, clerk, Totp.DEMO_SECRET),
                "测试住建审核员",
                "DEPARTMENT_REVIEWER",
                "HOUSING@500103",
                "500103");
        // an open home visit (the community worker's, in no staff inbox) whose due date the calendar moves
        filed = cases().atHomeVisit("吴国平", "320.00");
    }

    @Test
    @Order(1)
    void seesAdministrationAndFiguresButNoCaseWork() {
        logIn("admin");
        browser.waiting().until(ExpectedConditions.urlContains("/dashboard"));

        String menu = browser.driver.findElement(By.cssSelector(".side-menu")).getText();
        assertThat(menu).contains("统计分析", "系统管理").doesNotContain("待办任务", "公示管理", "慈善项目");
        browser.test("chart-status");
        browser.screenshot("40-admin-dashboard");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void disablesAndEnablesAStaffAccount() {
        browser.open("/admin/accounts");
        browser.sees("jd.qixinggang");
        WebElement row = accountRow(clerk);
        assertThat(row.getText()).contains("部门审核员").contains("正常");
        browser.screenshot("41-admin-accounts");
        browser.assertAccessible();

        row.findElement(Browser.byTest("toggle-" + clerk)).click();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".el-message-box__btns .el-button--primary")))
                .click();
        browser.waiting().until(d -> accountRow(clerk).getText().contains("已停用"));
        assertThat(enabled()).isFalse();

        accountRow(clerk).findElement(Browser.byTest("toggle-" + clerk)).click();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".el-message-box__btns .el-button--primary")))
                .click();
        browser.waiting().until(d -> accountRow(clerk).getText().contains("正常"));
        assertThat(enabled()).isTrue();
    }

    @Test
    @Order(3)
    void raisesTheDibaoStandardAndReadsTheReScreeningRun() {
        MonitoredHouseholdFixtures households = new MonitoredHouseholdFixtures(jdbc, codec);
        MonitoredHouseholdFixtures.Household household =
                households.monitored("500103001001", new BigDecimal("300.00"), Instant.now());
        households.granted(household, "DIBAO", new BigDecimal("510.00"));
        monitored = household;
        // never the 1st: the seeds already hold a version on 2027-01-01 (a second one the same day is a conflict)
        LocalDate from = LocalDate.now()
                .plusMonths(2)
                .withDayOfMonth(2 + ThreadLocalRandom.current().nextInt(26));

        browser.click("menu-parameters");
        browser.waiting().until(ExpectedConditions.urlContains("/admin/parameters"));
        browser.waiting().until(d -> rowsOf("parameters-table").stream()
                .anyMatch(r -> r.getText().contains("810")));
        // the parameter by its name in the office's words, its code beside it
        assertThat(rowsOf("parameters-table").get(0).getText()).contains("城市低保标准", "DIBAO_STANDARD_URBAN");
        browser.click("param-add");
        browser.test("param-dialog");
        WebElement date = browser.driver.findElement(By.id("param-form-from"));
        date.sendKeys(from.toString(), Keys.ENTER);
        browser.type(By.id("param-form-source"), "渝民发〔2026〕99号（测试）：渝中区城市低保标准调整为 900 元/月");
        // a value that is no amount: the server's refusal under the value field, in Chinese, no field code
        browser.type(By.id("param-form-value"), "九百");
        browser.click("param-save");
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[data-test=param-dialog] .el-form-item__error")).stream()
                        .anyMatch(e -> e.getText().contains("参数值须为不小于 0 的数字")));
        assertThat(browser.bodyText()).doesNotContain("value:");
        browser.type(By.id("param-form-value"), "900");
        browser.screenshot("42-admin-parameter-new");
        browser.assertAccessible();
        browser.click("param-save");

        WebElement run = browser.test("screening-run");
        browser.waiting().until(d -> run.getText().contains("重新筛查完成"));
        assertThat(run.getText()).containsPattern("监测家庭 [1-9]\\d* 户").containsPattern("预警 [1-9]\\d* 条");
        browser.waiting().until(d -> rowsOf("parameters-table").stream()
                .anyMatch(r -> r.getText().contains(from.toString())));
        browser.screenshot("43-admin-parameter-run");
        browser.assertAccessible();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM monitoring_alert WHERE household_key = ?",
                        Integer.class,
                        household.key()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(4)
    void theReScreeningsAlertBecomesAFollowUpReviewOnItsOwnAndTheConsoleShowsIt() {
        // Issue 9: a changed amount or a lost condition found by a run becomes a review case in the department's
        // inbox by itself (ActingOnAlerts, the run's outcome stage); the console's button is only for an alert
        // whose automatic follow-up failed, so this household's alert shows as followed up, with no button.
        String alertId = jdbc.queryForObject(
                "SELECT id FROM monitoring_alert WHERE household_key = ? ORDER BY create_time DESC LIMIT 1",
                String.class,
                monitored.key());
        browser.waiting().until(d -> "FOLLOW_UP"
                .equals(jdbc.queryForObject(
                        "SELECT status FROM monitoring_alert WHERE id = ?", String.class, alertId)));
        String caseIds =
                jdbc.queryForObject("SELECT follow_up_cases FROM monitoring_alert WHERE id = ?", String.class, alertId);
        assertThat(caseIds).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT current_step FROM item_case WHERE id = ?", String.class, caseIds.split(",")[0]))
                .isEqualTo("HOME_VISIT");

        browser.click("menu-monitoring");
        browser.waiting().until(ExpectedConditions.urlContains("/monitoring"));
        browser.select("monitoring-status", "已转复核");
        browser.click("monitoring-search");
        browser.waiting()
                .until(d -> !rowsOf("alerts-table").isEmpty()
                        && rowsOf("alerts-table").stream()
                                .allMatch(r -> r.getText().contains("已转复核")));
        assertThat(browser.driver.findElements(Browser.byTest("follow-up-" + alertId)))
                .isEmpty();
        browser.quiet();
        browser.screenshot("46-admin-monitoring-followed-up");
        browser.assertAccessible();
    }

    @Test
    @Order(5)
    void correctsTheWorkingDayCalendarAndOpenTasksDueDatesFollow() {
        String task = jdbc.queryForObject(
                "SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (SELECT process_instance_id FROM item_case"
                        + " WHERE application_id = ?) AND DUE_DATE_ IS NOT NULL LIMIT 1",
                String.class,
                filed.applicationId());
        Timestamp dueBefore = dueOf(task);
        // a working day after today and before the task's due day becomes a rest day: the due date moves on
        LocalDate today = clock.today();
        LocalDate day = today.plusDays(1);
        while (!workingDays.calendar().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        assertThat(day)
                .isBefore(dueBefore.toInstant().atZone(BusinessClock.ZONE).toLocalDate());
        String date = day.toString();

        browser.click("menu-calendar");
        browser.waiting().until(ExpectedConditions.urlContains("/admin/calendar"));
        browser.test("calendar");
        browser.sees("班");
        browser.screenshot("44-admin-calendar");
        browser.assertAccessible();
        showYearAndMonthOf(day);
        browser.clickWhenSettled(() -> browser.test("day-" + date));
        browser.waiting().until(d -> browser.test("day-" + date).getText().contains("休"));
        browser.click("calendar-save");
        browser.sees("个在办任务的办理时限已按新日历重算");
        browser.waiting().until(d -> dueOf(task).after(dueBefore));
        Timestamp dueMoved = dueOf(task);
        browser.quiet();
        browser.screenshot("47-admin-calendar-saved");

        // and back, so the calendar is as the seeds made it
        browser.clickWhenSettled(() -> browser.test("day-" + date));
        browser.waiting().until(d -> browser.test("day-" + date).getText().contains("班"));
        browser.click("calendar-save");
        browser.waiting().until(d -> dueOf(task).before(dueMoved));
    }

    @Test
    @Order(6)
    void verifiesTheAuditChainAndTheResultIsAccessible() {
        browser.click("menu-audit");
        browser.waiting().until(ExpectedConditions.urlContains("/admin/audit"));
        browser.test("audit-verify");
        browser.screenshot("45-admin-audit");
        browser.assertAccessible();

        browser.click("audit-verify");
        WebElement result = browser.test("audit-result");
        browser.waiting().until(d -> result.getText().contains("审计链完整"));
        // the pointer stays on the button it clicked, which keeps its hover/focus colours: axe checks them
        browser.waiting().until(ExpectedConditions.elementToBeClickable(Browser.byTest("audit-verify")));
        browser.screenshot("48-admin-audit-verified");
        browser.assertAccessible();
    }

    private Timestamp dueOf(String taskId) {
        return jdbc.queryForObject("SELECT DUE_DATE_ FROM ACT_RU_TASK WHERE ID_ = ?", Timestamp.class, taskId);
    }

    /** Sets the calendar's year and pages its months until the day's cell is shown. */
    private void showYearAndMonthOf(LocalDate day) {
        String year = Integer.toString(day.getYear());
        WebElement yearInput = browser.driver.findElement(By.cssSelector("[data-test=calendar-year] input"));
        if (!year.equals(yearInput.getAttribute("value"))) {
            browser.type(By.cssSelector("[data-test=calendar-year] input"), year);
            yearInput.sendKeys(Keys.ENTER);
        }
        for (int i = 0;
                i < 13
                        && browser.driver
                                .findElements(Browser.byTest("day-" + day))
                                .isEmpty();
                i++) {
            browser.clickWhenSettled(() -> browser.driver.findElement(
                    By.xpath("//div[contains(@class,'el-calendar__button-group')]//button[normalize-space(.)='下个月']")));
        }
    }

    private List<WebElement> rowsOf(String table) {
        return browser.driver.findElements(By.cssSelector("[data-test=" + table + "] tr.el-table__row"));
    }

    private boolean enabled() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT enabled FROM staff_account WHERE username = ?", Boolean.class, clerk));
    }

    private WebElement accountRow(String username) {
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[data-test=accounts-table] tr.el-table__row")).stream()
                        .filter(r -> r.getText().contains(username))
                        .findFirst()
                        .orElse(null));
    }
}
