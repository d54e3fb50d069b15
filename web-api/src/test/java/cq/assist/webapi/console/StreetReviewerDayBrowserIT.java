package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.pii.PiiCipher;
import cq.assist.web.test.HttpApi;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * A street reviewer's day in the console, in Debian's Chromium against the real app on MariaDB: the lockout
 * shown plainly, login with password and TOTP, the inbox paged, filtered and sorted with the overdue task
 * marked, claim, the decision with a reason template, the export to Excel, the application (masked, with the
 * home visit's photo and the timeline), the audited reveal that asks for a purpose, the English switch and
 * logout. Screenshots at 1366x768 go to {@code target/console-screenshots}; axe-core checks each screen.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreetReviewerDayBrowserIT extends ConsoleBrowserSupport {

    @Autowired
    PiiCipher cipher;

    ConsoleCases.Filed onTime;
    ConsoleCases.Filed late;

    @BeforeAll
    void start() {
        ConsoleCases cases = cases();
        onTime = cases.atStreetReview("赵建国", "300.00");
        late = cases.atStreetReview("钱秀英", "450.00");
        cases.makeOverdue(late.applicationId());
    }

    @Test
    @Order(1)
    void aLockedAccountIsToldSoPlainly() {
        String username = lockableAccount();
        browser.open("/login");
        browser.test("login-submit");
        browser.screenshot("01-login");
        browser.assertAccessible();
        for (int attempt = 0;
                attempt < 6
                        && browser.driver
                                .findElements(Browser.byTest("login-locked"))
                                .isEmpty();
                attempt++) {
            fillLogin(username, "wrong-password", "123456");
            browser.waiting()
                    .until(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
            Browser.pause(300);
        }

        browser.screenshot("02-login-locked");
        browser.assertAccessible();
        WebElement locked = browser.test("login-locked");
        assertThat(locked.getText()).contains("账号已锁定").contains("15 分钟");
    }

    @Test
    @Order(2)
    void logsInWithPasswordAndTotpAndSeesTheInboxSortedByDueDate() {
        // a street reviewer of its own, like jd.qixinggang: another IT logging the demo account in within the
        // same 30-second TOTP step would make this login a refused replay
        String reviewer = streetReviewer("rev.", "七星岗街道审核员");
        // as a clerk starts: the console's own address, not its login page; the login must lead to the inbox
        // (a redirect worked out before the login once sent every fresh visitor to 无权访问 after logging in)
        browser.open("/");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("forbidden");
        fillLogin(reviewer, PASSWORD, Totp.code(reviewer, Totp.DEMO_SECRET));
        browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
        browser.sees("待办任务");
        browser.sees(late.applicationNo());
        assertThat(browser.bodyText()).contains("街道审核员");

        // overdue first when sorted by due date, and marked
        List<String> numbers = applicationNumbersShown();
        assertThat(numbers).contains(onTime.applicationNo(), late.applicationNo());
        assertThat(numbers.indexOf(late.applicationNo())).isLessThan(numbers.indexOf(onTime.applicationNo()));
        WebElement lateRow = rowOf(late.applicationNo());
        assertThat(lateRow.getAttribute("class")).contains("row-overdue");
        assertThat(lateRow.getText()).contains("已超期");
        assertThat(rowOf(onTime.applicationNo()).getText()).doesNotContain("已超期");
        browser.screenshot("03-inbox");
        browser.assertAccessible();

        // the API sorts ascending only: clicking a sorted column again keeps it ascending (no descending order
        // the list would not follow), and the overdue task stays first
        By dueHeader = By.xpath("(//*[@data-test='inbox-table']//th[contains(@class,'sort-ascending-only')])[last()]");
        for (int click = 0; click < 2; click++) {
            browser.clickWhenSettled(() -> browser.driver.findElement(dueHeader));
            Browser.pause(300);
            assertThat(List.of(browser.driver
                            .findElement(dueHeader)
                            .getAttribute("class")
                            .split("\\s+")))
                    .contains("ascending")
                    .doesNotContain("descending");
        }
        assertThat(browser.driver
                        .findElement(dueHeader)
                        .findElement(By.cssSelector(".sort-caret.descending"))
                        .isDisplayed())
                .isFalse();
        browser.waiting().until(d -> applicationNumbersShown().contains(onTime.applicationNo()));
        numbers = applicationNumbersShown();
        assertThat(numbers.indexOf(late.applicationNo())).isLessThan(numbers.indexOf(onTime.applicationNo()));

        // filtered: overdue only
        browser.select("filter-overdue", "已超期");
        browser.click("search");
        browser.waiting().until(d -> !applicationNumbersShown().contains(onTime.applicationNo()));
        assertThat(applicationNumbersShown()).contains(late.applicationNo());
        browser.screenshot("04-inbox-overdue-filter");
    }

    @Test
    @Order(3)
    void exportsTheFilteredInboxToExcel() throws Exception {
        browser.driver.findElement(By.id("filter-q")).sendKeys(late.applicationNo());
        browser.click("search");
        browser.waiting().until(d -> applicationNumbersShown().equals(List.of(late.applicationNo())));
        browser.clearDownloads();
        browser.click("export");

        Path file = browser.downloaded(".xlsx");
        Browser.pause(300);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            StringBuilder cells = new StringBuilder();
            for (Row row : sheet) {
                row.forEach(c -> cells.append(c.toString()).append('|'));
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(cells.toString()).contains(late.applicationNo());
        }
    }

    @Test
    @Order(4)
    void claimsAndDecidesWithAReasonTemplate() {
        browser.clickWhenSettled(() -> rowOf(late.applicationNo()).findElement(Browser.byTest("claim")));
        browser.waiting().until(d -> rowOf(late.applicationNo()).getText().contains("本人办理"));
        browser.clickWhenSettled(() -> rowOf(late.applicationNo()).findElement(Browser.byTest("decide")));

        browser.test("decide-dialog");
        browser.sees("办理任务");
        browser.select("reason-template", "入户调查情况属实，材料齐全，同意。");
        assertThat(browser.driver.findElement(By.id("decide-reason")).getAttribute("value"))
                .isEqualTo("入户调查情况属实，材料齐全，同意。");
        assertThat(browser.driver.findElements(By.id("decide-amount")))
                .as("a street review sets no amount")
                .isEmpty();
        browser.screenshot("05-decide-street-review");
        browser.assertAccessible();
        browser.click("decide-submit");

        browser.sees("已提交办理意见");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".el-overlay-dialog")));
        browser.waiting().until(d -> !applicationNumbersShown().contains(late.applicationNo()));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case_event e JOIN item_case c ON c.id = e.case_id"
                                + " WHERE c.application_id = ? AND e.step = 'STREET_REVIEW' AND e.decision = 'APPROVE'"
                                + " AND e.reason = ?",
                        Integer.class,
                        late.applicationId(),
                        "入户调查情况属实，材料齐全，同意。"))
                .isEqualTo(1);
    }

    @Test
    @Order(5)
    void readsTheApplicationMaskedWithTheHomeVisitAndRevealsTheIdNumberForAStatedPurpose() {
        browser.driver.findElement(By.id("filter-q")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.select("filter-overdue", "未超期");
        browser.click("search");
        browser.waiting().until(d -> applicationNumbersShown().contains(onTime.applicationNo()));
        rowOf(onTime.applicationNo())
                .findElement(By.linkText(onTime.applicationNo()))
                .click();

        browser.waiting().until(ExpectedConditions.urlContains("/applications/" + onTime.applicationId()));
        WebElement id = browser.test("id-number");
        assertThat(id.getText()).contains("*").doesNotContain(onTime.idNumber());
        browser.sees("住房简陋");
        browser.waiting()
                .until(
                        d -> (Boolean)
                                browser.driver.executeScript(
                                        "const i = document.querySelector('[data-test=visit-photos] img'); return !!i && i.complete && i.naturalWidth > 0;"));
        assertThat(browser.driver.findElements(By.cssSelector("[data-test=timeline] .el-timeline-item")))
                .isNotEmpty();
        assertThat(browser.bodyText()).contains("最低生活保障");
        browser.screenshot("06-application");
        browser.assertAccessible();
        browser.driver.executeScript(
                "document.querySelector('[data-test=home-visits]').scrollIntoView({block: 'start'})");
        browser.screenshot("06b-application-home-visit");
        browser.driver.executeScript("document.querySelector('.app-main').scrollTop = 0");

        browser.click("reveal");
        browser.test("reveal-dialog");
        browser.sees("记入防篡改审计日志");
        browser.type(By.id("reveal-purpose"), "核对");
        browser.click("reveal-submit");
        browser.sees("查看目的为 4 至 200 个字");
        browser.screenshot("07-reveal-purpose");
        browser.assertAccessible();
        browser.type(By.id("reveal-purpose"), "核对户籍信息与申请材料是否一致");
        browser.click("reveal-submit");

        browser.waiting().until(d -> browser.test("id-number").getText().equals(onTime.idNumber()));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'VIEW_FULL_ID_NUMBER' AND subject_id = ?"
                                + " AND purpose = ?",
                        Integer.class,
                        onTime.applicationId() + "/0",
                        "核对户籍信息与申请材料是否一致"))
                .isEqualTo(1);
        browser.screenshot("08-revealed");
    }

    @Test
    @Order(6)
    void recordsAnObjectionToTheNoticeItPutUpAndSeesItHandled() {
        // the workflow moves the approved case into its public notice after the decision's transaction
        ConsoleCases.eventually(() -> Optional.ofNullable(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case WHERE application_id = ? AND status = 'PUBLIC_NOTICE'",
                        Integer.class,
                        late.applicationId()))
                .filter(n -> n > 0));
        browser.click("menu-notices");
        browser.waiting().until(ExpectedConditions.urlContains("/notices"));
        browser.waiting().until(d -> noticeRowOf(late.applicationNo()).getText().contains("公示中"));
        WebElement notice = noticeRowOf(late.applicationNo());
        // the community by its name (GET /communities), not only its 12-digit code
        assertThat(notice.getText()).contains("钱**").contains("¥").contains("金汤街社区");
        browser.screenshot("10-notices");
        browser.assertAccessible();

        browser.clickWhenSettled(() -> noticeRowOf(late.applicationNo()).findElement(Browser.byTest("object")));
        browser.test("objection-dialog");
        browser.type(By.id("objection-text"), "邻居反映申请人家中有人在外务工，每月有固定收入。");
        browser.screenshot("11-objection");
        browser.assertAccessible();
        browser.click("objection-submit");

        browser.sees("已登记异议");
        browser.waiting().until(d -> noticeRowOf(late.applicationNo()).getText().contains("有异议 · 已退回入户调查"));
        assertThat(browser.bodyText()).contains("邻居反映申请人家中有人在外务工").contains("已处理：退回入户调查");
        browser.screenshot("12-notice-objected");
    }

    @Test
    @Order(7)
    void switchesToEnglishAndLogsOutForGood() {
        browser.open("/inbox");
        browser.language("en", d -> d.getPageSource().contains("Application no."));
        browser.sees("Inbox");
        browser.sees("Application no.");
        browser.screenshot("09-inbox-english");
        browser.assertAccessible();
        browser.language("zh", d -> d.getPageSource().contains("待办任务"));
        browser.sees("待办任务");

        String token = (String) browser.driver.executeScript("return sessionStorage.getItem('assist.console.token')");
        assertThat(token).isNotBlank();
        browser.click("user-menu");
        browser.click("logout");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        browser.sees("已安全退出");
        assertThat(browser.driver.executeScript("return sessionStorage.getItem('assist.console.token')"))
                .isNull();
        assertThat(new HttpApi(port).as(token).get("/api/v1/tasks?status=open").status())
                .isEqualTo(401);
    }

    private List<String> applicationNumbersShown() {
        return browser
                .driver
                .findElements(By.cssSelector("[data-test=inbox-table] tr.el-table__row td:first-child"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement noticeRowOf(String applicationNo) {
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[data-test=notices-table] tr.el-table__row")).stream()
                        .filter(r -> r.getText().contains(applicationNo))
                        .findFirst()
                        .orElse(null));
    }

    private WebElement rowOf(String applicationNo) {
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[data-test=inbox-table] tr.el-table__row")).stream()
                        .filter(r -> r.getText().contains(applicationNo))
                        .findFirst()
                        .orElse(null));
    }

    /** A street reviewer of its own (so locking it out never disturbs the demo accounts). */
    private String lockableAccount() {
        return streetReviewer("lock.", "锁定测试");
    }

    /** A new street reviewer of 七星岗街道 with the demo password and TOTP secret. */
    private String streetReviewer(String prefix, String displayName) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO staff_account (username, password_hash, totp_secret_enc, display_name, roles,"
                        + " department_code, region_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
                username,
                new BCryptPasswordEncoder(4).encode(PASSWORD),
                cipher.encrypt(cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET, username, Totp.DEMO_SECRET),
                displayName,
                "STREET_REVIEWER",
                "CIVIL_AFFAIRS@500103001",
                "500103001");
        return username;
    }
}
