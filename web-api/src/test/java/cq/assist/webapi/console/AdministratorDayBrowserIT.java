package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.test.MonitoredHouseholdFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator's day ({@code admin}) in Chromium: administration menus and the dashboard but no inbox and
 * no case data (三员分立), the accounts screen disabling and enabling a staff account, the 低保 standard raised
 * by a new parameter version whose re-screening run of the monitored households is read on the page, and the
 * working-day calendar and audit log screens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministratorDayBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    SnapshotCodec codec;

    Browser browser;
    String clerk;

    @BeforeAll
    void start() {
        clerk = "clerk." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO staff_account (username, password_hash, totp_secret_enc, display_name, roles,"
                        + " department_code, region_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
                clerk,
                new BCryptPasswordEncoder(4).encode("Clerk#2026"),
                cipher.encrypt(Totp.DEMO_SECRET),
                "测试住建审核员",
                "DEPARTMENT_REVIEWER",
                "HOUSING@500103",
                "500103");
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void seesAdministrationAndFiguresButNoCaseWork() {
        browser.open("/login");
        browser.type(By.id("username"), "admin");
        browser.type(By.id("password"), StreetReviewerDayBrowserIT.PASSWORD);
        browser.type(By.id("totp"), Totp.code("admin", Totp.DEMO_SECRET));
        browser.click("login-submit");
        browser.waiting().until(ExpectedConditions.urlContains("/dashboard"));

        String menu = browser.driver.findElement(By.cssSelector(".side-menu")).getText();
        assertThat(menu).contains("统计分析", "系统管理").doesNotContain("待办任务", "公示管理", "慈善项目");
        browser.test("chart-status");
        browser.screenshot("40-admin-dashboard");
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
        LocalDate from = LocalDate.now()
                .plusMonths(2)
                .withDayOfMonth(1 + ThreadLocalRandom.current().nextInt(27));

        browser.click("menu-parameters");
        browser.waiting().until(ExpectedConditions.urlContains("/admin/parameters"));
        browser.waiting().until(d -> rowsOf("parameters-table").stream()
                .anyMatch(r -> r.getText().contains("810")));
        browser.click("param-add");
        browser.test("param-dialog");
        browser.type(By.id("param-form-value"), "900");
        WebElement date = browser.driver.findElement(By.id("param-form-from"));
        date.sendKeys(from.toString(), Keys.ENTER);
        browser.type(By.id("param-form-source"), "渝民发〔2026〕99号（测试）：渝中区城市低保标准调整为 900 元/月");
        browser.screenshot("42-admin-parameter-new");
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
    void readsTheWorkingDayCalendarAndTheAuditLog() {
        browser.click("menu-calendar");
        browser.waiting().until(ExpectedConditions.urlContains("/admin/calendar"));
        browser.test("calendar");
        browser.sees("班");
        browser.screenshot("44-admin-calendar");
        browser.assertAccessible();

        browser.click("menu-audit");
        browser.waiting().until(ExpectedConditions.urlContains("/admin/audit"));
        browser.test("audit-verify");
        browser.screenshot("45-admin-audit");
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
