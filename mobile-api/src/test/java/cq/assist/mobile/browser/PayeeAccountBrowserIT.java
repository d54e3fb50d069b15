package cq.assist.mobile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.pii.PiiField;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.web.test.HttpApi;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9, the payee account (收款账户) in a real browser at 360 px: once 低保 (an item that pays cash) is under
 * review, the application page asks for the account the grants are paid into. A resident types a number too
 * short, the server's reason shows in red under the account number field and nothing is stored; with the right
 * number the card shows the account masked (last 4 digits), in normal and in large type. A community worker
 * enters the account on the page of an application it filed for a resident.
 */
class PayeeAccountBrowserIT extends PhoneBrowserSupport {

    private static final String NUMBER = "6230580000123456789";

    @Test
    void aResidentGivesItsPayeeAccountAfterTheServerRefusedATooShortNumber() throws Exception {
        Filed filed = filedWithMedicalBills("甘秀兰", 67);
        String id = filed.applicationId();
        eventually("an item paying cash under review", () -> cashInReview(filed.resident(), id));

        phone.loggedInAs(filed.token(), "RESIDENT").open("/applications/" + id).waitFor("[data-test=payee-card]");
        assertThat(phone.text("[data-test=payee-why]")).contains("救助金将按月打入此账户", "本人社保卡或银行卡账号");
        assertThat(phone.find("#payee-number").getAttribute("inputmode")).isEqualTo("numeric");

        phone.type("#payee-number", "6230 5800").type("#payee-bank", "重庆农村商业银行");
        phone.tap("[data-test=payee-save]");
        // the server's reason, in red under the account number field (not the bank's)
        String error = phone.text(".van-field:has(#payee-number) .van-field__error-message");
        assertThat(error).contains("收款账号", "12至30位数字");
        assertThat(phone.driver.findElements(By.cssSelector(".van-field:has(#payee-bank) .van-field__error-message")))
                .as("the bank was fine")
                .isEmpty();
        assertThat(jdbc.queryForObject("SELECT payee_account_enc FROM application WHERE id = ?", byte[].class, id))
                .as("nothing stored")
                .isNull();
        phone.scrollTo(phone.find("[data-test=payee-card]"));
        phone.check("70-payee-account-error");

        phone.type("#payee-number", "6230 5800 0012 3456 789").tap("[data-test=payee-save]");
        phone.withText(".van-notify", "收款账户已保存");
        phone.withText("[data-test=payee-number]", "尾号 6789");
        assertThat(phone.text("[data-test=payee-number]")).contains("*** **** **** **** 6789");
        assertThat(phone.text("[data-test=payee-card]").replace(" ", ""))
                .contains("***************6789", "重庆农村商业银行")
                .doesNotContain("0000123456");
        assertThat(phone.driver.getPageSource())
                .as("the full number is nowhere on the page")
                .doesNotContain(NUMBER);
        assertThat(cipher.decrypt(
                        PiiField.APPLICATION_PAYEE_ACCOUNT,
                        id,
                        jdbc.queryForObject(
                                "SELECT payee_account_enc FROM application WHERE id = ?", byte[].class, id)))
                .isEqualTo(NUMBER);
        phone.scrollTo(phone.find("[data-test=payee-card]"));
        phone.check("71-payee-account-given");

        // an older reader in large type: the card and its form still fit the 360 px screen
        phone.js("localStorage.setItem('pref.large', '1');");
        try {
            phone.open("/applications/" + id).waitFor("[data-test=payee-edit]");
            assertThat(phone.text("[data-test=payee-number]")).contains("尾号 6789");
            assertThat(fitsTheScreen())
                    .as("no sideways scrolling in large type")
                    .isTrue();
            phone.scrollTo(phone.find("[data-test=payee-card]"));
            phone.check("72-payee-account-large-text");
            phone.tap("[data-test=payee-edit]").waitFor("#payee-number");
            assertThat(phone.find("#payee-bank").getAttribute("value")).isEqualTo("重庆农村商业银行");
            assertThat(fitsTheScreen())
                    .as("no sideways scrolling in large type")
                    .isTrue();
            phone.scrollTo(phone.find("[data-test=payee-card]"));
            phone.check("73-payee-account-change-large-text");
            phone.tap("[data-test=payee-cancel]").waitFor("[data-test=payee-edit]");
        } finally {
            phone.js("localStorage.setItem('pref.large', '0');");
        }
    }

    @Test
    void aWorkerEntersThePayeeAccountOfAnApplicationItFiled() throws Exception {
        Person resident = stagedWithMedicalBills("岑德明", 72);
        IntakeFixtures.Worker worker = fixtures.worker(IntakeFixtures.QIXINGGANG);
        HttpApi.Answer filed = IntakeFixtures.submit(
                worker.api(), ApplicationForms.single(resident, IntakeFixtures.uploadPhoto(worker.api())));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        eventually("an item paying cash under review", () -> cashInReview(worker.api(), id));

        String token = new PhoneLogins(new HttpApi(port), outbox).logIn(worker.phone());
        phone.loggedInAs(token, "COMMUNITY_WORKER").open("/applications/" + id).waitFor("[data-test=payee-card]");
        assertThat(phone.text("[data-test=payee-why]")).contains("申请人本人的社保卡或银行卡账号");
        phone.type("#payee-number", "6214 8300 0098 7654 321").type("#payee-bank", "中国工商银行");
        phone.tap("[data-test=payee-save]");
        phone.withText("[data-test=payee-number]", "尾号 4321");
        assertThat(phone.text("[data-test=payee-bank]")).isEqualTo("中国工商银行");
        JsonNode onFile = worker.api().get("/api/v1/applications/" + id).json().get("payeeAccount");
        assertThat(onFile.get("accountNumber").asString()).isEqualTo("***************4321");
        phone.scrollTo(phone.find("[data-test=payee-card]"));
        phone.check("74-worker-payee-account");
    }

    /** Whether the page is no wider than the phone's screen. */
    private boolean fitsTheScreen() {
        return Boolean.TRUE.equals(phone.js("return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    /** Whether an item of the application that pays cash ({@code paysCash}) is under review. */
    private static boolean cashInReview(HttpApi as, String id) {
        for (JsonNode item : as.get("/api/v1/applications/" + id).json().get("items")) {
            if (item.get("paysCash").asBoolean()
                    && "IN_REVIEW".equals(item.get("status").asString())) {
                return true;
            }
        }
        return false;
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
