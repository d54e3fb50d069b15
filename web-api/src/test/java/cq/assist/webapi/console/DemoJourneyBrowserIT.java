package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.authorization.CoSigningTokens;
import cq.assist.core.authorization.SigningInPerson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code scripts/demo-journey.sh} worked in the console by clicking only, with the demo accounts, as a clerk
 * would on {@code ./run.sh}: the resident and community-worker side (staging the household in the demo
 * registry, filing in person, the wife's co-signature, the home visit) goes through the same services the
 * phone app calls; every staff step is clicked: the street review in {@code jd.qixinggang}'s inbox (特困
 * refused with a reason, the rest approved), the administrator's demo clock moved 8 days on the calendar page
 * (the public notice ends), the district decision in {@code mz.yuzhong}'s inbox with the rules' proposed amount
 * taken into the field, and every joint item in its own department's inbox, until the application is closed
 * with 低保 granted. Each department sees the household facts its step needs and no more.
 */
class DemoJourneyBrowserIT extends ConsoleBrowserSupport {

    /** The demo account of each office that decides steps of a 渝中区 (七星岗街道) case. */
    static final Map<String, String> ACCOUNTS = Map.of(
            "CIVIL_AFFAIRS@500103001", "jd.qixinggang",
            "CIVIL_AFFAIRS@500103", "mz.yuzhong",
            "HOUSING@500103", "zj.yuzhong",
            "JUSTICE@500103", "sf.yuzhong",
            "MEDICAL_SECURITY@500103", "yb.yuzhong",
            "EDUCATION@500103", "jy.yuzhong",
            "HRSS@500103", "rs.yuzhong",
            "EMERGENCY@500103", "yj.yuzhong",
            "DEVELOPMENT_REFORM@500103", "fg.yuzhong");

    static final String TEKUN_REFUSED = "家庭中有劳动能力的成员，不符合特困供养条件";
    static final String NO_PROPOSAL = "系统无法核算金额，请补充收入材料后重新申请";
    static final String APPROVED = "材料齐全，符合条件";

    @Autowired
    CoSigningTokens links;

    @Autowired
    SigningInPerson signing;

    ConsoleCases cases;
    ConsoleCases.Filed filed;
    final List<String> decided = new ArrayList<>();

    @BeforeAll
    void start() {
        cases = cases();
        // steps 0-4 of the script: the household staged, filed in person, co-signed, checked, visited
        filed = cases.demoJourneyHousehold(links, signing);
    }

    @Test
    void aClerkWorksTheDemoJourneyByClickingOnly() {
        // 5. street review: every task of the application in the street office's inbox
        String street = "CIVIL_AFFAIRS@500103001";
        ConsoleCases.eventually(() -> Optional.of(awaitOpenSteps()).filter(o -> o.contains(street)));
        logInAs(ACCOUNTS.get(street));
        openApplicationFromInbox();
        WebElement facts = browser.test("household-facts");
        assertThat(facts.getText())
                .contains("银行存款")
                .contains("月人均收入")
                .contains("李*")
                .doesNotContain(filed.idNumber());
        assertThat(browser.test("application-head").getText()).contains("金汤街社区");
        // the hardship causes are one list: 、 between them in Chinese, ", " in English
        assertThat(facts.getText()).contains("因病、因残");
        browser.screenshot("50-journey-street-application-facts");
        browser.assertAccessible();
        browser.language("en", d -> browser.test("household-facts").getText().contains("Illness, Disability"));
        assertThat(browser.test("household-facts").getText()).doesNotContain("、");
        browser.screenshot("50b-journey-street-application-facts-english");
        browser.assertAccessible();
        browser.language("zh", d -> browser.test("household-facts").getText().contains("因病、因残"));
        browser.driver.navigate().back();
        decideAllShown();
        assertThat(decided).anyMatch(d -> d.startsWith("最低生活保障"));
        ConsoleCases.eventually(() -> Optional.ofNullable(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case WHERE application_id = ? AND item_code = 'DIBAO'"
                                + " AND status = 'PUBLIC_NOTICE'",
                        Integer.class,
                        filed.applicationId()))
                .filter(n -> n > 0));
        logOut();

        // 6. eight days pass: the administrator moves the demo clock on the calendar page
        logInAs("admin");
        // 系统管理 is open from the start: the calendar is one click away
        browser.click("menu-calendar");
        browser.test("demo-clock");
        browser.type(By.id("demo-clock-days"), "8");
        browser.click("demo-clock-advance");
        // the clock only moves forward: the page says where it will land and asks first
        browser.sees("业务时钟将前进 8 天");
        browser.assertAccessible();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".el-message-box__btns .el-button--primary")))
                .click();
        browser.sees("业务时钟已前进 8 天");
        browser.screenshot("51-journey-demo-clock");
        browser.assertAccessible();
        logOut();

        // 7. the district decision and the joint items, each in its own office's inbox, until the application closes
        Set<String> offices = awaitOpenSteps();
        for (int round = 0; !offices.isEmpty() && round < 8; round++) {
            for (String office : offices) {
                String account = ACCOUNTS.get(office);
                assertThat(account).as("a demo account for " + office).isNotNull();
                logInAs(account);
                if (!"CIVIL_AFFAIRS".equals(office.substring(0, office.indexOf('@')))) {
                    openApplicationFromInbox();
                    String shown = browser.test("household-facts").getText();
                    assertThat(shown).as(office + " sees no deposits").doesNotContain("银行存款");
                    browser.driver.navigate().back();
                }
                decideAllShown();
                logOut();
            }
            offices = awaitOpenSteps();
        }

        assertThat(jdbc.queryForObject(
                        "SELECT status FROM application WHERE id = ?", String.class, filed.applicationId()))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM item_case WHERE application_id = ? AND item_code = 'DIBAO'",
                        String.class,
                        filed.applicationId()))
                .isEqualTo("GRANTED");
        assertThat(decided).anyMatch(d -> d.startsWith("最低生活保障 区县审批 APPROVE ¥"));

        // the district approver reads the closed application
        logInAs("mz.yuzhong");
        browser.open("/applications/" + filed.applicationId());
        browser.sees("已办结");
        browser.sees("已批准");
        browser.screenshot("52-journey-closed");
        browser.assertAccessible();
        logOut();
    }

    /**
     * Waits until the application is closed (no office has anything left: empty) or has open staff steps
     * (their offices); a home visit on the way is the community worker's and is recorded as the phone app would.
     */
    private Set<String> awaitOpenSteps() {
        return ConsoleCases.eventually(() -> {
            String status = jdbc.queryForObject(
                    "SELECT status FROM application WHERE id = ?", String.class, filed.applicationId());
            if ("CLOSED".equals(status)) {
                return Optional.of(Set.of());
            }
            List<Map<String, Object>> open = jdbc.queryForList(
                    "SELECT c.current_step, c.department_code FROM item_case c JOIN ACT_RU_TASK t"
                            + " ON t.PROC_INST_ID_ = c.process_instance_id WHERE c.application_id = ?",
                    filed.applicationId());
            Set<String> offices = new LinkedHashSet<>();
            for (Map<String, Object> step : open) {
                switch ((String) step.get("current_step")) {
                    case "HOME_VISIT" -> cases.visit(filed.applicationId());
                    case "STREET_REVIEW" -> offices.add("CIVIL_AFFAIRS@500103001");
                    case "DISTRICT_DECISION" -> offices.add("CIVIL_AFFAIRS@500103");
                    default -> offices.add((String) step.get("department_code"));
                }
            }
            return offices.isEmpty() ? Optional.empty() : Optional.of(offices);
        });
    }

    /**
     * Decides, in the inbox filtered to this application, every task shown, one after the other; the office
     * has at least one (its open steps were read from the engine before).
     */
    private void decideAllShown() {
        filterInbox();
        browser.waiting().until(d -> !rows().isEmpty());
        while (true) {
            // the table may re-render between finding a row and reading it: read both again then
            String rowText = settled(() -> {
                List<WebElement> rows = rows();
                return rows.isEmpty() ? "" : rows.get(0).getText();
            });
            if (rowText.isEmpty()) {
                return;
            }
            String task = taskOf(rowText);
            browser.clickWhenSettled(() -> rowOf(task).findElement(Browser.byTest("claim")));
            browser.waiting().until(d -> rowOf(task).getText().contains("本人办理"));
            browser.clickWhenSettled(() -> rowOf(task).findElement(Browser.byTest("decide")));
            browser.test("decide-dialog");
            decided.add(decide(rowText));
            browser.sees("已提交办理意见");
            browser.waiting()
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".el-overlay-dialog")));
            // the inbox reloads without the task decided
            browser.waiting().until(d -> rows().stream()
                    .noneMatch(r -> taskOf(r.getText()).equals(task)));
        }
    }

    /** A row's task: its item and step (an application has one open task per item and step). */
    private static String taskOf(String rowText) {
        String[] cells = rowText.split("\n");
        return cells[1] + "|" + cells[2];
    }

    private WebElement rowOf(String task) {
        return rows().stream()
                .filter(r -> taskOf(r.getText()).equals(task))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no row for " + task));
    }

    /** One decision in the open dialog, as the script makes it; returns "item step DECISION amount". */
    private String decide(String rowText) {
        String item = rowText.split("\n")[1];
        String step = rowText.contains("街道审核") ? "街道审核" : rowText.contains("区县审批") ? "区县审批" : "部门审核";
        if (item.contains("特困")) {
            browser.click("decision-REJECT");
            browser.type(By.id("decide-reason"), TEKUN_REFUSED);
            browser.click("decide-submit");
            return item + " " + step + " REJECT";
        }
        browser.type(By.id("decide-reason"), APPROVED);
        if (!browser.driver.findElements(By.id("decide-amount")).isEmpty()) {
            // the proposal is read from the application when the dialog opens
            WebElement proposed = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("[data-test=proposed-amount][data-state=loaded]")));
            if (!proposed.findElements(Browser.byTest("use-proposed")).isEmpty()) {
                browser.click("use-proposed");
                String amount =
                        browser.driver.findElement(By.id("decide-amount")).getAttribute("value");
                browser.type(By.id("decide-reason"), "确认系统核算金额 " + amount + " 元");
                browser.click("decide-submit");
                return item + " " + step + " APPROVE ¥" + amount;
            }
            browser.click("decision-REJECT");
            browser.type(By.id("decide-reason"), NO_PROPOSAL);
            browser.click("decide-submit");
            return item + " " + step + " REJECT (no proposal)";
        }
        browser.click("decide-submit");
        return item + " " + step + " APPROVE";
    }

    private void filterInbox() {
        browser.click("menu-inbox");
        browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
        browser.type(By.id("filter-q"), filed.applicationNo());
        browser.click("search");
        browser.waiting().until(d -> d.findElements(By.cssSelector(".el-loading-mask")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    private void openApplicationFromInbox() {
        filterInbox();
        browser.waiting().until(d -> !rows().isEmpty());
        browser.clickWhenSettled(() -> rows().get(0).findElement(By.linkText(filed.applicationNo())));
        browser.waiting().until(ExpectedConditions.urlContains("/applications/" + filed.applicationId()));
    }

    private List<WebElement> rows() {
        return settled(
                () -> browser.driver.findElements(By.cssSelector("[data-test=inbox-table] tr.el-table__row")).stream()
                        .filter(r -> r.getText().contains(filed.applicationNo()))
                        .toList());
    }

    /** What {@code read} answers once the inbox table holds still (a re-render makes rows stale under it). */
    private static <T> T settled(Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (StaleElementReferenceException e) {
                if (attempt == 20) {
                    throw e;
                }
                Browser.pause(150);
            }
        }
    }

    private void logInAs(String username) {
        logIn(username);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void logOut() {
        browser.click("user-menu");
        browser.click("logout");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
    }
}
