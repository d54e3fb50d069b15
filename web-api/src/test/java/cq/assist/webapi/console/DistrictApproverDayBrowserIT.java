package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flowable.engine.ManagementService;
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

/**
 * A district civil-affairs approver's day (渝中区, {@code mz.yuzhong}) in Chromium: the public notices of the
 * district, the 低保 decision after the notice with the amount set from the rules' proposal shown beside the
 * field (the grant recorded with it), the month's payment roll with its bank file and return, and then the
 * dashboard's charts (payments drawn from that roll) with one exported to Excel.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistrictApproverDayBrowserIT extends ConsoleBrowserSupport {

    @Autowired
    ManagementService management;

    @Autowired
    PiiCipher cipher;

    ConsoleCases cases;
    ConsoleCases.Filed noticed;

    @BeforeAll
    void start() {
        cases = cases();
        noticed = cases.atPublicNotice("孙立华", "200.00");
    }

    @Test
    @Order(1)
    void seesTheDistrictsRunningNotices() {
        logIn("mz.yuzhong");
        browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
        assertThat(browser.bodyText()).contains("区县审批员").contains("统计分析").contains("公示管理");

        browser.click("menu-notices");
        WebElement notice = browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[data-test=notices-table] tr.el-table__row")).stream()
                        .filter(r -> r.getText().contains(noticed.applicationNo())
                                && r.getText().contains("公示中"))
                        .findFirst()
                        .orElse(null));
        assertThat(notice.getText()).contains("剩");
        browser.screenshot("19-district-notices");
        browser.assertAccessible();
        assertThat(notice.findElements(Browser.byTest("object")))
                .as("only the street office that put the notice up records objections")
                .isEmpty();
    }

    @Test
    @Order(2)
    void decidesAfterTheNoticeWithTheProposedAmountBesideTheField() {
        cases.endNotice(noticed.applicationId(), management);
        ConsoleCases.eventually(() -> Optional.ofNullable(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case WHERE application_id = ? AND item_code = 'DIBAO'"
                                + " AND current_step = 'DISTRICT_DECISION'",
                        Integer.class,
                        noticed.applicationId()))
                .filter(n -> n > 0));
        String proposed = jdbc.queryForObject(
                        "SELECT proposed_amount FROM item_case WHERE application_id = ? AND item_code = 'DIBAO'",
                        BigDecimal.class,
                        noticed.applicationId())
                .setScale(2)
                .toPlainString();

        browser.click("menu-inbox");
        browser.driver.findElement(By.id("filter-q")).sendKeys(noticed.applicationNo());
        browser.click("search");
        WebElement row = dibaoRow();
        assertThat(row.getText()).contains("区县审批");
        browser.clickWhenSettled(() -> dibaoRow().findElement(Browser.byTest("claim")));
        browser.waiting().until(d -> dibaoRow().getText().contains("本人办理"));
        browser.clickWhenSettled(() -> dibaoRow().findElement(Browser.byTest("decide")));

        browser.test("decide-dialog");
        WebElement beside = browser.test("proposed-amount");
        browser.waiting().until(d -> beside.getText().contains(proposed));
        assertThat(browser.driver.findElement(By.id("decide-amount")).getAttribute("value"))
                .isEmpty();
        browser.click("use-proposed");
        assertThat(browser.driver.findElement(By.id("decide-amount")).getAttribute("value"))
                .isEqualTo(proposed);
        browser.select("reason-template", "符合救助条件，同意按规则测算金额给予救助。");
        browser.screenshot("20-decide-district-amount");
        browser.assertAccessible();
        browser.click("decide-submit");

        browser.sees("已提交办理意见");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".el-overlay-dialog")));
        BigDecimal granted = ConsoleCases.eventually(() -> jdbc
                .queryForList(
                        "SELECT g.amount FROM item_grant g JOIN item_case c ON c.id = g.case_id"
                                + " WHERE c.application_id = ? AND c.item_code = 'DIBAO'",
                        BigDecimal.class,
                        noticed.applicationId())
                .stream()
                .findFirst());
        assertThat(granted).isEqualByComparingTo(proposed);
    }

    @Test
    @Order(5)
    void readsTheDashboardWithTheMonthsPaymentsAndExportsAChartToExcel() throws Exception {
        browser.click("menu-dashboard");
        browser.waiting().until(ExpectedConditions.urlContains("/dashboard"));
        for (String chart : List.of(
                "chart-status", "chart-days", "chart-items", "chart-backlog", "chart-alerts", "chart-payments")) {
            // drawn, or saying 暂无数据 where there is nothing to draw yet (never an empty box)
            browser.waiting()
                    .until(d -> !d.findElements(By.cssSelector("[data-test=" + chart + "] canvas"))
                                    .isEmpty()
                            || d.findElements(By.cssSelector("[data-test=" + chart + "-empty]")).stream()
                                    .anyMatch(
                                            e -> e.isDisplayed() && e.getText().contains("暂无数据")));
        }

        assertThat(Integer.parseInt(browser.test("stat-applications").getText().trim()))
                .isGreaterThanOrEqualTo(1);
        // after the roll (order 3): the payments chart draws the month, never 暂无数据
        browser.waiting().until(d -> d.findElements(By.cssSelector("[data-test=chart-payments] canvas")).stream()
                .anyMatch(WebElement::isDisplayed));
        assertThat(browser.test("chart-payments").getText()).doesNotContain("暂无数据");
        assertThat(browser.driver.findElements(By.cssSelector("[data-test=chart-payments-empty]")).stream()
                        .filter(WebElement::isDisplayed)
                        .toList())
                .isEmpty();
        browser.quiet();
        browser.screenshot("21-dashboard");
        browser.screenshotTall("21b-dashboard-whole", 1260);
        browser.assertAccessible();

        browser.clearDownloads();
        browser.click("chart-days-export");
        Path file = browser.downloaded(".xlsx");
        Browser.pause(300);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            StringBuilder cells = new StringBuilder();
            for (Row row : sheet) {
                row.forEach(c -> cells.append(c.toString()).append('|'));
            }
            assertThat(cells.toString()).contains("办结用时中位数").contains("10");
        }
    }

    @Test
    @Order(3)
    void buildsTheMonthsPaymentRollDownloadsTheBankFileAndReconcilesTheReturn() throws Exception {
        // a grant pays from the month after its decision; a roll may be built up to next month (business time)
        String month = YearMonth.from(clock.today()).plusMonths(1).toString();
        browser.click("menu-payments");
        browser.waiting().until(ExpectedConditions.urlContains("/payments"));
        WebElement picker = browser.driver.findElement(By.cssSelector(".search-form .el-date-editor input"));
        picker.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        picker.sendKeys(month, Keys.TAB);
        // a line is paid into the account its household gave (PUT /applications/{id}/payee-account, mobile-api)
        jdbc.update(
                "UPDATE application SET payee_account_enc = ?, payee_bank = ? WHERE id = ?",
                cipher.encrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, noticed.applicationId(), "6214830000123456789"),
                "重庆农村商业银行",
                noticed.applicationId());
        browser.click("roll-build");
        // one roll per month and district: the page asks first
        browser.sees("同一月份、同一区县只能生成一次");
        browser.assertAccessible();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".el-message-box__btns .el-button--primary")))
                .click();

        browser.sees("已生成名册");
        WebElement drawer = browser.test("roll-drawer");
        browser.waiting().until(d -> drawer.getText().contains(noticed.applicationNo()));
        assertThat(drawer.getText()).contains("孙**").contains("最低生活保障").doesNotContain("孙立华");
        // the account column may lie right of the table's visible part while the drawer still slides in (the
        // table lays out on the drawer's width of that moment): read the drawer's whole text, not what is painted
        assertThat(drawer.getAttribute("textContent"))
                .contains("***************6789")
                .doesNotContain("6214830000123456789");
        browser.screenshot("22-payment-roll");
        browser.assertAccessible();
        browser.driver.findElement(By.cssSelector(".el-drawer__close-btn")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".el-drawer")));

        String rollId = jdbc.queryForObject(
                "SELECT id FROM payment_roll WHERE pay_month = ? AND region_code = '500103'", String.class, month);
        long lineId = jdbc.queryForObject(
                "SELECT l.id FROM payment_line l JOIN item_case c ON c.id = l.case_id WHERE l.roll_id = ?"
                        + " AND c.application_id = ?",
                Long.class,
                rollId,
                noticed.applicationId());
        browser.clearDownloads();
        browser.click("bank-file-" + month);
        Path bankFile = browser.downloaded(".xlsx");
        Browser.pause(300);
        try (InputStream in = Files.newInputStream(bankFile);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            StringBuilder cells = new StringBuilder();
            for (Row row : book.getSheetAt(0)) {
                row.forEach(c -> cells.append(c.toString()).append('|'));
            }
            assertThat(cells.toString()).contains(Long.toString(lineId)).contains("6214830000123456789");
        }

        Path returns = Files.createTempFile("bank-return-", ".csv");
        Files.writeString(returns, "line id,status,reason\n" + lineId + ",PAID,\n");
        browser.click("upload-return-" + month);
        browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(returns.toString());
        WebElement result = browser.test("return-result");
        assertThat(result.getText()).contains("成功 1 笔");
        browser.screenshot("23-payment-reconciled");
        browser.assertAccessible();
    }

    private WebElement dibaoRow() {
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[data-test=inbox-table] tr.el-table__row")).stream()
                        .filter(r -> r.getText().contains(noticed.applicationNo())
                                && r.getText().contains("最低生活保障"))
                        .findFirst()
                        .orElse(null));
    }
}
