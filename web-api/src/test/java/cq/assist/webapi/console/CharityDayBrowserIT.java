package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.charityrequest.RequestingCharityHelp;
import cq.assist.core.pii.PiiCipher;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A charity's day ({@code charity.dazu}, 大足应急救助基金会) in Chromium: only the charity menus, its projects
 * with fund, committed and remaining, a resident's request with only the consented data, and accepting it with
 * an amount, which the project's remaining fund then shows, and declining another only with a reason (the fund
 * untouched).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CharityDayBrowserIT extends ConsoleBrowserSupport {

    static final String PROJECT = "DAZU-ILLNESS-2025";

    @Autowired
    PiiCipher cipher;

    @Autowired
    RequestingCharityHelp charity;

    ConsoleCases.Filed filed;
    String requestId;
    ConsoleCases.Filed declined;
    String declinedId;

    @BeforeAll
    void start() {
        ConsoleCases cases = cases();
        filed = cases.atStreetReview("周桂兰", "350.00");
        requestId = cases.charityRequest(filed, PROJECT, charity, cipher);
        declined = cases.atHomeVisit("郑春梅", "380.00");
        declinedId = cases.charityRequest(declined, PROJECT, charity, cipher);
    }

    @Test
    @Order(1)
    void seesOnlyItsOwnMenusAndItsProjectsFunds() {
        logIn("charity.dazu");
        browser.waiting().until(ExpectedConditions.urlContains("/charity/projects"));

        browser.sees("大病救助项目");
        String menu = browser.driver.findElement(By.cssSelector(".side-menu")).getText();
        assertThat(menu).contains("慈善项目", "求助申请").doesNotContain("待办任务", "统计分析", "系统管理");
        browser.screenshot("30-charity-projects");
        browser.assertAccessible();

        browser.open("/inbox");
        browser.sees("无权访问");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void acceptsARequestSeeingOnlyTheConsentedDataAndTheFundFollows() {
        BigDecimal remainingBefore = remaining();
        browser.click("menu-charityNeeds");
        WebElement row = needRow();
        assertThat(row.getText())
                .contains("大病救助项目")
                .contains(filed.name())
                .contains("因病")
                .contains("待处理")
                .doesNotContain(filed.idNumber());
        browser.screenshot("31-charity-needs");
        browser.assertAccessible();

        row.findElement(Browser.byTest("decide-need")).click();
        browser.test("need-dialog");
        browser.type(By.id("need-amount"), "5000");
        browser.type(By.id("need-reason"), "符合大病救助条件，资助医疗费用 5000 元。");
        browser.screenshot("32-charity-accept");
        browser.assertAccessible();
        browser.click("need-submit");

        browser.sees("已处理该求助申请");
        browser.waiting().until(d -> needRow().getText().contains("已接受"));
        assertThat(jdbc.queryForObject("SELECT status FROM charity_request WHERE id = ?", String.class, requestId))
                .isEqualTo("ACCEPTED");
        assertThat(remaining()).isEqualByComparingTo(remainingBefore.subtract(new BigDecimal("5000")));

        browser.click("menu-charityProjects");
        browser.sees("大病救助项目");
        browser.screenshot("33-charity-projects-after");
    }

    @Test
    @Order(3)
    void declinesARequestOnlyWithAReasonAndTheFundStays() {
        BigDecimal remainingBefore = remaining();
        browser.click("menu-charityNeeds");
        browser.clickWhenSettled(() -> needRow(declined.name()).findElement(Browser.byTest("decide-need")));
        browser.test("need-dialog");
        browser.click("need-decline");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("need-amount")));
        browser.click("need-submit");
        browser.sees("婉拒时请填写理由");
        assertThat(jdbc.queryForObject("SELECT status FROM charity_request WHERE id = ?", String.class, declinedId))
                .isEqualTo("SUBMITTED");

        String reason = "本项目仅资助大病住院费用，申请人所述费用为门诊慢病，建议申请医疗救助。";
        browser.type(By.id("need-reason"), reason);
        browser.screenshot("34-charity-decline");
        browser.assertAccessible();
        browser.click("need-submit");

        browser.sees("已处理该求助申请");
        browser.waiting().until(d -> needRow(declined.name()).getText().contains("已婉拒"));
        assertThat(needRow(declined.name()).getText()).contains(reason);
        assertThat(jdbc.queryForObject("SELECT status FROM charity_request WHERE id = ?", String.class, declinedId))
                .isEqualTo("DECLINED");
        assertThat(remaining()).isEqualByComparingTo(remainingBefore);
        browser.quiet();
        browser.screenshot("35-charity-declined");
    }

    private BigDecimal remaining() {
        return jdbc.queryForObject(
                "SELECT fund_remaining FROM charity_project WHERE id = ?", BigDecimal.class, PROJECT);
    }

    private WebElement needRow() {
        return needRow(filed.name());
    }

    private WebElement needRow(String name) {
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[data-test=needs-table] tr.el-table__row")).stream()
                        .filter(r -> r.getText().contains(name))
                        .findFirst()
                        .orElse(null));
    }
}
