package cq.assist.mobile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.charityrequest.CharityDecision;
import cq.assist.core.charityrequest.DecidingCharityRequests;
import cq.assist.web.test.HttpApi;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, 慈善+救助 in a real browser at 360 px: a resident with heavy medical bills opens a matched
 * project from its application, reads the separate consent (who gets which data, for what), agrees and
 * asks; follows the request until the charity accepts with an amount; takes the consent back.
 */
class CharityBrowserIT extends PhoneBrowserSupport {

    static final String DAZU = "DAZU_EMERGENCY_FUND";
    static final String ILLNESS_PROJECT = "DAZU-ILLNESS-2025";

    @Autowired
    DecidingCharityRequests deciding;

    /** A resident with heavy medical bills, filed and logged in on the phone; returns its application and token. */
    private String[] filedWithMedicalBills(String name) throws Exception {
        Filed filed = filedWithMedicalBills(name, 59);
        String token = filed.token();
        String id = filed.applicationId();

        phone.loggedInAs(token, "RESIDENT");
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            assertThat(System.nanoTime()).as("the charity matches show").isLessThan(until);
            phone.open("/applications/" + id).waitFor("[data-test=app-status]");
            Thread.sleep(500);
        } while (phone.driver
                .findElements(By.cssSelector("[data-test=charity-" + ILLNESS_PROJECT + "]"))
                .isEmpty());
        return new String[] {id, token};
    }

    /** Asks the illness project from the application's page with the consent; returns the request id. */
    private String ask() {
        phone.tap("[data-test=charity-" + ILLNESS_PROJECT + "]").waitFor("[data-test=charity-project]");
        phone.tap("[data-test=charity-next]").waitFor("[data-test=charity-consent]");
        phone.tap("[data-test=charity-agree]");
        phone.tap("[data-test=charity-submit]").waitForPath("/charity-requests/");
        phone.withText("[data-test=charity-status]", "等待慈善组织处理");
        return phone.path().substring("/charity-requests/".length());
    }

    @Test
    void aResidentSeesThatTheCharityDeclinedAndWhy() throws Exception {
        String[] filed = filedWithMedicalBills("汤德兰");
        String requestId = ask();

        deciding.decide(DAZU, "it-charity", requestId, new CharityDecision(false, null, "本项目本月资金已分配完，请下月再申请"));
        phone.open("/charity-requests/" + requestId).withText("[data-test=charity-status]", "慈善组织未能帮助");
        assertThat(phone.text("[data-test=charity-reason]"))
                .as("the charity's reason, in its words, labelled as such")
                .contains("原因", "本项目本月资金已分配完，请下月再申请");
        assertThat(phone.text("[data-test=charity-next-step]")).contains("不影响");
        assertThat(phone.text("[data-test=charity-request]")).doesNotContain("帮扶金额");
        phone.check("39-charity-declined");
        phone.tap("[data-test=charity-back]").waitForPath("/applications/" + filed[0]);
        phone.withText("[data-test=charity-requests]", "慈善组织未能帮助");

        phone.open("/charity-requests/" + requestId).waitFor("[data-test=charity-status]");
        phone.tap(".top-lang").withText("[data-test=charity-status]", "Declined");
        assertThat(phone.text("[data-test=charity-reason]")).contains("Reason");
        phone.check("40-charity-declined-english");
        phone.tap(".top-lang").withText("[data-test=charity-status]", "慈善组织未能帮助");
    }

    @Test
    void aResidentAsksAMatchedCharityWithASeparateConsentAndFollowsTheRequest() throws Exception {
        String[] filed = filedWithMedicalBills("周德胜");
        String id = filed[0];
        HttpApi resident = new HttpApi(port).as(filed[1]);

        phone.tap("[data-test=charity-" + ILLNESS_PROJECT + "]").waitFor("[data-test=charity-project]");
        assertThat(phone.text("[data-test=charity-project]")).contains("大足应急救助基金会");
        phone.check("30-charity-project");
        phone.tap("[data-test=charity-next]").waitFor("[data-test=charity-consent]");
        assertThat(phone.text("[data-test=charity-consent]")).contains("近12个月自付医疗费用", "单独同意");
        phone.tap("[data-test=charity-submit]");
        phone.withText(".van-field__error-message", "请勾选同意");
        phone.tap("[data-test=charity-agree]");
        phone.check("31-charity-consent");
        phone.tap("[data-test=charity-submit]").waitForPath("/charity-requests/");
        phone.withText("[data-test=charity-status]", "等待慈善组织处理");
        phone.check("32-charity-request");
        String requestId = phone.path().substring("/charity-requests/".length());

        deciding.decide(DAZU, "it-charity", requestId, new CharityDecision(true, new BigDecimal("2000"), "核实属实"));
        phone.open("/charity-requests/" + requestId).withText("[data-test=charity-status]", "慈善组织已同意帮助");
        assertThat(phone.text("[data-test=charity-request]")).contains("2000.00");

        phone.tap("[data-test=charity-withdraw]").tap(".van-dialog__confirm");
        phone.withText("[data-test=charity-consent-record] .ok-box", "撤回同意");
        JsonNode after = resident.get("/api/v1/charity-requests/" + requestId).json();
        assertThat(after.get("consent").has("withdrawnAt")).isTrue();
        phone.check("33-charity-consent-withdrawn");

        phone.open("/applications/" + id).waitFor("[data-test=charity-requests]");
        assertThat(phone.text("[data-test=charity-requests]")).contains("慈善组织已同意帮助");
    }
}
