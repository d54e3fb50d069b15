package cq.assist.mobile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.charityrequest.CharityDecision;
import cq.assist.core.charityrequest.DecidingCharityRequests;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.web.test.HttpApi;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, English in a real browser at 360 px: a resident who reads English switches the app once and
 * meets no Chinese on its main screens, also where the words come from the server (departments, reasons,
 * next steps, the timeline, charity names and their answers, in-app messages, communities). Chinese stays
 * only where it is deliberate: people's names (as written or masked), and the authorization letter and a
 * consent's binding text, which stay Chinese under an English note that says so (marked {@code lang="zh-CN"}).
 */
class EnglishBrowserIT extends PhoneBrowserSupport {

    @Autowired
    DecidingCharityRequests deciding;

    @Test
    void aResidentReadsEveryMainScreenInEnglish() throws Exception {
        HttpApi api = new HttpApi(port);
        Person me = fixtures.person("柏玉珍", 66);
        Person husband = fixtures.person("柏建民", 68);
        registry.stage(new StagedPerson(
                me.idNumber(),
                me.name(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("1000"),
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                2,
                new BigDecimal("86000"),
                false,
                false,
                me.phone()));
        registry.stage(new StagedPerson(
                husband.idNumber(),
                husband.name(),
                BigDecimal.ZERO,
                new BigDecimal("300"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                null,
                BigDecimal.ZERO,
                false,
                false,
                husband.phone()));
        String token = new PhoneLogins(api, outbox).logIn(me.phone());
        HttpApi resident = api.as(token);
        assertThat(resident.post("/api/v1/me/real-name", Map.of("name", me.name(), "idNumber", me.idNumber()))
                        .status())
                .isEqualTo(200);
        HttpApi.Answer filed = IntakeFixtures.submit(
                resident,
                ApplicationForms.withMembers(
                        me,
                        IntakeFixtures.uploadPhoto(resident),
                        new ApplicationForm.Member(
                                husband.name(), husband.idNumber(), "SPOUSE", null, null, false, "RETIRED")));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        String link = filed.json()
                .get("pendingAuthorizations")
                .get(0)
                .get("authorizeUrl")
                .asString();
        String linkToken =
                IntakeFixtures.tokenOf(filed.json().get("pendingAuthorizations").get(0));

        // the husband opens his link on a phone set to English: the letter stays Chinese, and says why
        phone.open("/login").waitFor("#login-phone");
        phone.js("localStorage.setItem('locale', 'en');");
        phone.open(link.substring("https://h5.assist.test".length())).waitFor("[data-test=cs-letter]");
        phone.withText("h1", "Consent");
        assertThat(phone.text("[data-test=letter-zh-note]")).contains("stays in Chinese", "only it binds");
        assertThat(phone.find("[data-test=cs-letter]").getAttribute("lang")).isEqualTo("zh-CN");
        phone.assertEnglish("50-english-cosign");
        phone.check("50-english-cosign");
        HttpApi.Answer signed = api.post(
                "/api/v1/authorizations/" + linkToken,
                IntakeFixtures.coSignature(husband, fixtures.codeFor(linkToken, husband)));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);

        phone.loggedInAs(token, "RESIDENT");
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            assertThat(System.nanoTime())
                    .as("the happiness list and the charity matches show")
                    .isLessThan(until);
            phone.open("/applications/" + id).waitFor("[data-test=app-status]");
            Thread.sleep(500);
        } while (phone.driver
                        .findElements(By.cssSelector("[data-test=charity-" + CharityBrowserIT.ILLNESS_PROJECT + "]"))
                        .isEmpty()
                || phone.driver
                        .findElements(By.cssSelector("[data-test^=item-]"))
                        .isEmpty());
        phone.withText("h1", "Application");
        assertThat(phone.text("[data-test=happiness-list]"))
                .as("departments named in English")
                .contains("Yuzhong District Civil Affairs Bureau");
        phone.assertEnglish("51-english-progress", me.name());

        phone.tap("[data-test=charity-" + CharityBrowserIT.ILLNESS_PROJECT + "]")
                .waitFor("[data-test=charity-project]");
        assertThat(phone.text("[data-test=charity-project]"))
                .contains("Serious Illness Relief", "Dazu Emergency Relief Foundation");
        phone.assertEnglish("52-english-charity-project", me.name());
        phone.tap("[data-test=charity-next]").waitFor("[data-test=charity-consent]");
        phone.waitFor("[data-test=consent-zh-note]");
        phone.assertEnglish("53-english-charity-consent", me.name());
        phone.tap("[data-test=charity-agree]");
        phone.tap("[data-test=charity-submit]").waitForPath("/charity-requests/");
        String requestId = phone.path().substring("/charity-requests/".length());
        deciding.decide(
                CharityBrowserIT.DAZU,
                "it-charity",
                requestId,
                new CharityDecision(false, null, "This month's fund is used up; please ask again next month."));
        phone.open("/charity-requests/" + requestId).withText("[data-test=charity-status]", "Declined");
        phone.assertEnglish("54-english-charity-declined", me.name());

        phone.open("/messages").waitFor("[data-test=message]");
        phone.withText("[data-test=message]", "Dazu Emergency Relief Foundation");
        phone.assertEnglish("55-english-messages", me.name());

        phone.open("/").withText("h1", me.name());
        phone.assertEnglish("56-english-home", me.name());
        phone.open("/applications").waitFor("[data-test=application-card]");
        phone.assertEnglish("57-english-applications", me.name());
        phone.open("/notices").waitFor("#notice-community");
        phone.waiting()
                .until(d -> IntakeFixtures.QIXINGGANG.equals(
                        phone.js("return document.querySelector('#notice-community').value;")));
        phone.assertEnglish("58-english-notices", me.name());
        phone.open("/me").waitFor("[data-test=large-text]");
        phone.assertEnglish("59-english-me", me.name());
        phone.open("/apply").waitFor("#a-community");
        phone.waiting().until(d -> phone.text("#a-community").contains("Jintangjie Community (Yuzhong District)"));
        phone.assertEnglish("60-english-apply", me.name());

        // back to Chinese: the same screens read Chinese again, so the check above could fail
        phone.tap(".top-lang").withText("h1", "申请社会救助");
        phone.open("/messages").waitFor("[data-test=message]");
        phone.withText("[data-test=message]", "大足应急救助基金会");
    }
}
