package cq.assist.mobile.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.StagedPerson;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.rules.ReasonTranslation;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, in a real browser at 360 px: a resident logs in by SMS, binds its real name, applies (a member
 * whose ID number is checked as typed, causes, the ID-card photo, a signature), loses the connection on
 * submit and retries without filing twice, shares the co-signing link; the relative co-signs from it in a
 * second browser (ID number and the code to the phone on file: no full name to type); the resident follows
 * the application to the happiness list, reads it in English and reads its messages. The login and the
 * co-signing codes are read from the demo profile's 演示短信 panel, as a demo user does. A relative who does
 * not agree says so without a reason and the link is gone; every field error the API gives is shown; a
 * resident withdraws before any decision. Every main screen is screenshotted into target/screenshots and
 * checked with axe-core and the app's size rules.
 */
class ResidentJourneyBrowserIT extends PhoneBrowserSupport {

    private Person registered(String name, int age) {
        Person p = Person.aged(name, age, clock.today());
        Person withPhone = new Person(p.name(), p.idNumber(), Phones.random());
        registry.stage(StagedPerson.withPhone(withPhone.idNumber(), withPhone.name(), withPhone.phone()));
        return withPhone;
    }

    /**
     * Puts a person's facts in the registry as the departments' feeds would (yuan per month; deposits and
     * medical bills in yuan), so the happiness list reads as a real household's, not as missing data.
     */
    private void facts(Person p, String wage, String deposits, Integer disabilityGrade, String medical12m) {
        registry.stage(new StagedPerson(
                p.idNumber(),
                p.name(),
                new BigDecimal(wage),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal(deposits),
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                disabilityGrade,
                new BigDecimal(medical12m),
                false,
                false,
                p.phone()));
    }

    /** The same number with a wrong check character. */
    private static String wrongCheckDigit(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '1' ? '2' : '1');
    }

    private static Path idCardPhoto() throws IOException {
        BufferedImage image = new BufferedImage(420, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8F0F8));
        g.fillRect(0, 0, 420, 260);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("ID CARD (test)", 30, 60);
        g.dispose();
        Path file = Path.of("target", "h5-id-card.jpg").toAbsolutePath();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    /**
     * Logs in as a demo user does: the code is read from the page's 演示短信 panel (the demo profile's outbox),
     * not from the API; the panel shows the code the outbox holds for that phone.
     */
    void logIn(Person person) {
        phone.open("/login").waitFor("#login-phone");
        phone.type("#login-phone", person.phone()).tap("[data-test=send-code]");
        phone.withText(".explain", "验证码已发送");
        String code = phone.find("[data-test=demo-sms-code]").getText().strip();
        assertThat(code).isEqualTo(outbox.latestCodeTo(person.phone()));
        assertThat(phone.text("[data-test=demo-sms]"))
                .contains("演示短信")
                .contains(person.phone().substring(7))
                .doesNotContain(person.phone());
        phone.check("01b-login-demo-sms");
        phone.tap("[data-test=demo-sms-use]");
        assertThat(phone.js("return document.querySelector('#login-code').value;"))
                .isEqualTo(code);
        phone.tap("[data-test=login]");
    }

    @Test
    void aResidentAppliesARelativeCoSignsAndTheResidentFollowsItToTheHappinessList() throws Exception {
        Person me = registered("黄建国", 58);
        Person wife = registered("罗秀兰", 56);
        facts(me, "0", "3000", 2, "12000");
        facts(wife, "600", "0", null, "0");

        phone.open("/login").waitFor("#login-phone");
        phone.js("sessionStorage.clear();"); // no draft or login left in this tab by another test
        phone.check("01-login");
        Number script = (Number) phone.js("return performance.getEntriesByType('resource')"
                + ".filter(r => r.name.endsWith('.js')).reduce((n, r) => n + r.transferSize, 0);");
        assertThat(script.longValue())
                .as("script bytes over the wire for the first page (slow 3G)")
                .isPositive()
                .isLessThan(200_000);
        logIn(me);

        phone.waitForPath("/real-name").waitFor("#rn-name");
        phone.check("02-real-name");
        phone.type("#rn-name", me.name()).type("#rn-id", me.idNumber()).tap("[data-test=bind]");

        phone.waitForPath("/").withText("h1", me.name());
        phone.check("03-home");
        phone.tap("[data-test=go-apply]").waitForPath("/apply");

        phone.find("#a-id");
        phone.type("#a-id", me.idNumber()).type("#a-phone", me.phone());
        phone.select("#a-emp", "UNEMPLOYED").select("#a-grade", "2");
        phone.select("#a-community", "500103001001").type("#a-address", "渝中区金汤街12号3-1");
        phone.tapText(".van-radio", "没有");
        phone.check("04-apply-applicant");
        phone.tap("[data-test=next]");

        phone.tap("[data-test=add-member]");
        phone.type("#m0-name", wife.name()).type("#m0-id", wrongCheckDigit(wife.idNumber()));
        assertThat(phone.withText(".van-field__error-message", "最后一位不对").isDisplayed())
                .isTrue();
        phone.check("05-apply-member-id-check");
        phone.type("#m0-id", wife.idNumber());
        phone.withText(".status-tag", "号码正确");
        phone.select("#m0-rel", "SPOUSE").select("#m0-emp", "EMPLOYED");
        phone.tap("[data-test=next]");

        phone.tap("[data-test=cause-ILLNESS]").tap("[data-test=cause-DISABILITY]");
        phone.check("06-apply-causes");
        phone.tap("[data-test=next]");

        phone.driver
                .findElement(By.cssSelector("[data-test=photo-input]"))
                .sendKeys(idCardPhoto().toString());
        phone.waitFor("[data-test=photo-done]");
        phone.check("07-apply-photo");
        phone.tap("[data-test=next]");

        phone.withText("[data-test=letter]", "授权");
        phone.sign("[data-test=signature]");
        phone.withText(".status-tag", "已签名");
        phone.tap("[data-test=agree]");
        phone.check("08-apply-sign");
        // the first answer is lost on the way back: the form stays, and the retry sends the same key
        phone.js(
                """
                window.__keys = [];
                const real = window.fetch;
                let lose = true;
                window.fetch = async (url, init) => {
                  const filing = String(url).endsWith('/api/v1/applications') && init && init.method === 'POST';
                  if (filing) window.__keys.push(init.headers['Idempotency-Key']);
                  const answer = await real(url, init);
                  if (filing && lose) { lose = false; throw new TypeError('Failed to fetch'); }
                  return answer;
                };
                """);
        phone.tap("[data-test=submit]");
        phone.withText("[data-test=apply-error]", "网络连接中断");
        phone.check("09-apply-connection-lost");
        phone.tap("[data-test=retry]").waitForPath("/applications/");
        List<?> keys = (List<?>) phone.js("return window.__keys;");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(1)).isEqualTo(keys.get(0));

        HttpApi mine = new HttpApi(port).as((String) phone.js("return sessionStorage.getItem('token');"));
        JsonNode filed = mine.get("/api/v1/applications").json();
        assertThat(filed).as("one application despite the retry").hasSize(1);
        String applicationId = filed.get(0).get("id").asString();

        phone.withText("[data-test=app-status]", "等待家人签署授权");
        phone.withText("[data-test=cosigners]", "罗*");
        phone.tap("[data-test=show-qr]");
        phone.waiting().until(d -> (Boolean) phone.js(
                "const i = document.querySelector('[data-test=qr]'); return !!i && i.complete && i.naturalWidth > 0;"));
        phone.check("10-progress-awaiting-cosign");
        String link = phone.text("[data-test=authorize-url]");
        assertThat(link).startsWith("https://h5.assist.test/sign#token=");

        try (Phone relative = new Phone(port)) {
            relative.open(link.substring("https://h5.assist.test".length())).waitFor("#cs-id");
            assertThat(relative.text("[data-test=cs-who]")).contains("罗**").doesNotContain(wife.name());
            assertThat(relative.driver.findElements(By.cssSelector("#cs-name")))
                    .as("no full name to type: the ID number and the code to the phone on file prove her")
                    .isEmpty();
            relative.check("11-cosign");
            relative.type("#cs-id", wife.idNumber()).tap("[data-test=cs-send]");
            relative.withText("[data-test=cs-sent]", wife.phone().substring(7));
            // the demo panel shows the code sent to her phone on file, found through the link alone
            String code = relative.find("[data-test=demo-sms-code]").getText().strip();
            assertThat(code).isEqualTo(outbox.latestCodeTo(wife.phone()));
            relative.check("11b-cosign-demo-sms");
            relative.type("#cs-code", code);
            relative.sign("[data-test=signature]").tap("[data-test=cs-agree]");
            relative.tap("[data-test=cs-submit]").withText("[data-test=cs-done]", "签署成功");
            relative.check("12-cosign-done");
        }

        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (phone.driver.findElements(By.cssSelector("[data-test^=item-]")).isEmpty()) {
            assertThat(System.nanoTime()).as("the happiness list shows").isLessThan(until);
            Thread.sleep(1000);
            phone.open("/applications/" + applicationId).waitFor("[data-test=app-status]");
        }
        JsonNode view = mine.get("/api/v1/applications/" + applicationId).json();
        // an application with items in review has a next step with its due date: wait until the API has it
        while (!view.hasNonNull("nextStep")) {
            assertThat(System.nanoTime())
                    .as("the application's next step: " + view)
                    .isLessThan(until);
            Thread.sleep(1000);
            view = mine.get("/api/v1/applications/" + applicationId).json();
        }
        phone.open("/applications/" + applicationId).waitFor("[data-test=next-step]");
        JsonNode inPlay = null;
        for (JsonNode item : view.get("items")) {
            if (!"NOT_ELIGIBLE".equals(item.get("status").asString()) && inPlay == null) {
                inPlay = item;
            }
        }
        assertThat(inPlay).as("an item in play: " + view).isNotNull();
        String itemText = phone.text("[data-test=item-" + inPlay.get("code").asString() + "]");
        assertThat(itemText).contains(inPlay.get("name").asString());
        assertThat(phone.text("[data-test=happiness-list]"))
                .as("data sources are named in words")
                .doesNotContainPattern("数据来源 [A-Z_]+");
        assertThat(phone.text("[data-test=next-step]"))
                .contains("下一步")
                .contains(view.get("nextStep").get("text").asString())
                .contains("按工作日计算");
        int waiting = 0;
        for (JsonNode item : view.get("items")) {
            if ("APPLY_FREE".equals(item.path("kind").asString())
                    && "PENDING".equals(item.get("status").asString())) {
                waiting++;
                assertThat(phone.text("[data-test=item-" + item.get("code").asString() + "]"))
                        .as("an apply-free item waits for the 低保 grant and says so")
                        .contains("等待办理")
                        .contains("低保或特困批准后自动享受");
            }
        }
        assertThat(waiting)
                .as("this household's apply-free items wait for its 低保: " + view)
                .isPositive();
        phone.check("13-progress-happiness-list");

        // English: the reasons the rules wrote come in English (Accept-Language), item names too
        String reasonItem = null;
        String english = null;
        for (JsonNode item : view.get("items")) {
            if ("NOT_ELIGIBLE".equals(item.get("status").asString()) || english != null) {
                continue;
            }
            for (int k = 0; k < Math.min(2, item.get("reasons").size()) && english == null; k++) {
                String chinese = item.get("reasons").get(k).asString();
                if (!ReasonTranslation.english(chinese).equals(chinese)) {
                    english = ReasonTranslation.english(chinese);
                    reasonItem = item.get("code").asString();
                }
            }
        }
        assertThat(english).as("a shown reason the rules wrote: " + view).isNotNull();
        String start = english.split(" \\(source")[0];
        phone.tap(".top-lang").withText("h1", "Application");
        phone.withText("[data-test=item-" + reasonItem + "]", start.substring(0, Math.min(24, start.length())));
        assertThat(phone.text("[data-test=item-" + inPlay.get("code").asString() + "]"))
                .as("the item named in English")
                .doesNotContain(inPlay.get("name").asString());
        phone.check("14-progress-english");
        phone.tap(".top-lang").withText("h1", "申请详情");

        phone.open("/messages").waitFor("h1");
        phone.waiting().until(d -> !d.findElements(By.cssSelector("[data-test=message], .van-empty"))
                .isEmpty());
        phone.check("15-messages");
    }

    /** Files for {@code applicant} with {@code member} over the API and opens the app logged in as it. */
    private JsonNode filedWithMember(Person applicant, Person member) {
        return filedWithMember(applicant, member, "SPOUSE", false, "EMPLOYED");
    }

    private JsonNode filedWithMember(
            Person applicant, Person member, String relation, boolean student, String employment) {
        HttpApi api = new HttpApi(port);
        String token = new PhoneLogins(api, outbox).logIn(applicant.phone());
        HttpApi resident = api.as(token);
        assertThat(resident.post(
                                "/api/v1/me/real-name",
                                Map.of("name", applicant.name(), "idNumber", applicant.idNumber()))
                        .status())
                .isEqualTo(200);
        HttpApi.Answer filed = IntakeFixtures.submit(
                resident,
                ApplicationForms.withMembers(
                        applicant,
                        IntakeFixtures.uploadPhoto(resident),
                        new ApplicationForm.Member(
                                member.name(), member.idNumber(), relation, null, null, student, employment)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        phone.open("/login").waitFor("#login-phone");
        phone.js(
                "sessionStorage.setItem('token', arguments[0]); sessionStorage.setItem('roles', '[\"RESIDENT\"]');",
                token);
        return filed.json();
    }

    @Test
    void aMinorsLinkSaysFirstThatAGuardianSignsBeforeTheWorkerAndOffersNoForm() {
        Person me = registered("赵桂兰", 52);
        Person nephew = registered("赵小刚", 15);
        JsonNode filed = filedWithMember(me, nephew, "OTHER", true, "STUDENT");
        String link =
                filed.get("pendingAuthorizations").get(0).get("authorizeUrl").asString();

        phone.open(link.substring("https://h5.assist.test".length())).withText("[data-test=cs-guardian]", "监护人");
        phone.withText("[data-test=cs-who]", "与申请人关系：其他");
        assertThat(phone.driver.findElements(By.cssSelector("[data-test=cs-submit]")))
                .as("nothing on the page signs or refuses for a minor")
                .isEmpty();
        assertThat(phone.driver.findElements(By.cssSelector("[data-test=cs-refuse]")))
                .isEmpty();
        phone.check("47-cosign-minor-guardian-first");
    }

    @Test
    void aRelativeWhoDoesNotAgreeSaysSoAndTheApplicationEnds() {
        Person me = registered("钟国平", 61);
        Person husband = registered("钟德明", 63);
        JsonNode filed = filedWithMember(me, husband);
        String link =
                filed.get("pendingAuthorizations").get(0).get("authorizeUrl").asString();

        // an older relative reads the link in large type and high contrast (set on this phone before)
        phone.js("localStorage.setItem('pref.large', '1'); localStorage.setItem('pref.contrast', '1');");
        phone.open(link.substring("https://h5.assist.test".length())).waitFor("[data-test=cs-refuse]");
        assertThat(phone.js("return getComputedStyle(document.body).fontSize;")).isEqualTo("22px");
        phone.check("46-cosign-large-text-high-contrast");
        phone.js("localStorage.setItem('pref.large', '0'); localStorage.setItem('pref.contrast', '0');");
        phone.open(link.substring("https://h5.assist.test".length())).waitFor("[data-test=cs-refuse]");
        // outside the demo (the outbox path answers 404) the 演示短信 panel stays hidden, silently
        phone.js(
                """
                const real = window.fetch;
                window.fetch = (url, init) => {
                  if (!String(url).includes('/dev/sms-outbox')) return real(url, init);
                  window.__outboxAsked = true;
                  return Promise.resolve(new Response('{}', {status: 404, headers: {'Content-Type': 'application/problem+json'}}));
                };
                """);
        phone.tap("[data-test=cs-send]").waitFor("[data-test=cs-sent]");
        phone.waiting().until(d -> Boolean.TRUE.equals(phone.js("return window.__outboxAsked === true;")));
        phone.withText("[data-test=cs-sent]", husband.phone().substring(7));
        assertThat(phone.driver.findElements(By.cssSelector("[data-test=demo-sms]")))
                .isEmpty();
        phone.tap("[data-test=cs-refuse]").waitFor("#refuse-reason");
        assertThat(phone.text(".van-dialog")).contains("可不填");
        phone.check("16-cosign-refuse");
        // no reason typed (refusing must be easy); the first try loses the connection: the dialog stays open
        // and says so under the field, and the second try goes through
        phone.js(
                """
                const real = window.fetch;
                let lose = true;
                window.fetch = (url, init) => {
                  if (String(url).endsWith('/refuse') && lose) { lose = false; return Promise.reject(new TypeError('Failed to fetch')); }
                  return real(url, init);
                };
                """);
        phone.tap(".van-dialog__confirm");
        phone.withText(".van-dialog .van-field__error-message", "网络连接中断");
        assertThat(phone.find("#refuse-reason").isDisplayed()).isTrue();
        phone.check("16b-cosign-refuse-connection-lost");
        phone.tap(".van-dialog__confirm").withText("[data-test=cs-done]", "不同意");

        // a link sent before the token moved into the fragment still opens the page, without ?token= left
        phone.open("/sign?token="
                + IntakeFixtures.tokenOf(filed.get("pendingAuthorizations").get(0)));
        phone.withText("[data-test=cs-gone]", "已经用过或过期");
        assertThat(phone.driver.getCurrentUrl()).contains("/sign#token=").doesNotContain("?token=");
        phone.check("17-cosign-link-gone");
        phone.open("/applications/" + filed.get("id").asString());
        phone.waiting().until(d -> !phone.text("[data-test=app-status]").contains("等待家人签署授权"));
        assertThat(phone.text("[data-test=app-status]")).isIn("已失效", "已办结", "已撤回");
        HttpApi resident = new HttpApi(port).as((String) phone.js("return sessionStorage.getItem('token');"));
        JsonNode ended = resident.get("/api/v1/applications/" + filed.get("id").asString())
                .json();
        assertThat(ended.get("status").asString()).isEqualTo("CLOSED");
        assertThat(ended.get("timeline").toString())
                .as("the refusal without a reason is in the timeline")
                .contains("拒绝签署授权书");
        assertThat(resident.get("/api/v1/notifications").json().toString())
                .as("the applicant is told that no reason was given")
                .contains("原因：未说明");
    }

    /**
     * Every field error the API gives is shown: under its field when the form has one (a member's employment
     * and disability grade, the letter), else listed in the error box by name (the identity check a resident's
     * form has no field for, a hardship cause the form cannot send), never only "请按红字提示修改" with nothing red.
     */
    @Test
    void everyFieldErrorTheApiGivesIsShown() {
        Person me = registered("孟庆华", 52);
        Person son = registered("孟浩", 24);
        HttpApi api = new HttpApi(port);
        String token = new PhoneLogins(api, outbox).logIn(me.phone());
        HttpApi resident = api.as(token);
        assertThat(resident.post("/api/v1/me/real-name", Map.of("name", me.name(), "idNumber", me.idNumber()))
                        .status())
                .isEqualTo(200);
        String photo = IntakeFixtures.uploadPhoto(resident);
        phone.loggedInAs(token, "RESIDENT");
        // a whole form, typed earlier in this tab (the draft), at its last step
        phone.js(
                """
                sessionStorage.setItem('apply.draft.self', JSON.stringify({
                  step: 5,
                  applicant: {name: arguments[0], idNumber: arguments[1], phone: arguments[2]},
                  self: {disabilityGrade: null, student: false, employment: 'UNEMPLOYED'},
                  communityCode: '500103001001', address: '渝中区金汤街8号', ownsHome: 'no', areaSqm: '',
                  members: [{name: arguments[3], idNumber: arguments[4], relation: 'CHILD', phone: '',
                             disabilityGrade: null, student: false, employment: 'EMPLOYED'}],
                  causes: ['ILLNESS'], narrative: '', photo: {fileId: arguments[5], name: 'id.jpg', contentType: 'image/jpeg'},
                  signature: arguments[6], agreed: true, identityCheck: 'ID_CARD_IN_PERSON', idempotency: null}));
                """,
                me.name(),
                me.idNumber(),
                me.phone(),
                son.name(),
                son.idNumber(),
                photo,
                ApplicationForms.signaturePng());
        phone.open("/apply").waitFor("[data-test=submit]");
        // what reaches the API is changed on the way (as an outdated app or a changed letter would send it)
        phone.js(
                """
                const real = window.fetch;
                window.fetch = (url, init) => {
                  if (String(url).endsWith('/api/v1/applications') && init && init.method === 'POST') {
                    const b = JSON.parse(init.body);
                    b.household.members[1].employment = 'NOT_STATED';
                    b.household.members[1].disabilityGrade = 9;
                    b.authorization.letterVersion = 'no-such-letter';
                    b.identityCheck = 'BY_LOOKS';
                    b.hardshipCauses.push('BAD_LUCK');
                    init = {...init, body: JSON.stringify(b)};
                  }
                  return real(url, init);
                };
                """);
        phone.tap("[data-test=submit]");

        // the first step with an error: the member's selects say what is wrong under them
        phone.waitFor("#m0-emp");
        assertThat(errorUnder("#m0-emp")).isNotBlank();
        assertThat(errorUnder("#m0-grade")).contains("残疾等级");
        String box = phone.text("[data-test=apply-error]");
        assertThat(box)
                .as("the errors no field shows are listed by name")
                .contains("红字")
                .contains("如何核实了申请人身份")
                .contains("家庭困难的原因");
        phone.check("65-apply-api-errors");
        // the letter's error waits on its own step
        phone.tap("[data-test=next]").tap("[data-test=next]").tap("[data-test=next]");
        phone.withText("[data-test=letter-error]", "授权书版本");
        phone.check("66-apply-api-error-letter");
        // this tab's draft and login belong to this test only
        phone.js("sessionStorage.clear();");
    }

    /** The error message Vant shows under the field that holds {@code css}. */
    private String errorUnder(String css) {
        return (String) phone.js(
                "const f = document.querySelector(arguments[0]).closest('.van-field');"
                        + " const m = f && f.querySelector('.van-field__error-message'); return m ? m.textContent : '';",
                css);
    }

    @Test
    void aResidentWithdrawsBeforeAnyDecision() {
        Person me = registered("谢春梅", 47);
        Person husband = registered("谢志强", 49);
        JsonNode filed = filedWithMember(me, husband);

        phone.open("/applications/" + filed.get("id").asString()).waitFor("[data-test=withdraw]");
        phone.tap("[data-test=withdraw]").waitFor("#withdraw-reason");
        // the API needs a reason: the dialog stays open and says so under the field
        phone.tap(".van-dialog__confirm");
        phone.withText(".van-dialog .van-field__error-message", "为什么撤回");
        phone.type("#withdraw-reason", "家里情况好转了");
        phone.check("18-withdraw-ask");
        phone.tap(".van-dialog__confirm");
        phone.withText("[data-test=app-status]", "已撤回");
        assertThat(phone.driver.findElements(By.cssSelector("[data-test=withdraw]")))
                .isEmpty();
        phone.check("19-withdrawn");
        // an ended application offers the way to apply again, not only the words
        String ended = phone.path();
        phone.tap("[data-test=apply-again]");
        phone.waiting().until(d -> phone.path().equals("/apply"));
        phone.open(ended).waitFor("[data-test=app-status]");
        phone.open("/applications").waitFor("h1");
        phone.withText("body", filed.get("applicationNo").asString());
        phone.check("45-applications");
        // an application that is not the reader's (a guessed or forwarded id) says so, with the way back
        phone.open("/applications/00000000-0000-4000-8000-000000000000")
                .withText("[data-test=app-missing]", "没有找到这份申请");
        phone.check("61-application-not-found");

        phone.open("/me").waitFor("[data-test=large-text]");
        phone.tap("[data-test=large-text]").tap("[data-test=high-contrast]");
        // the switch re-renders on Vue's next tick: wait for it rather than read the size at once
        phone.waiting().until(d -> "22px".equals(phone.js("return getComputedStyle(document.body).fontSize;")));
        phone.check("34-me-large-text-high-contrast");
        phone.open("/applications/" + filed.get("id").asString()).waitFor("[data-test=app-status]");
        phone.check("35-progress-large-text-high-contrast");
        phone.open("/me").tap("[data-test=large-text]").tap("[data-test=high-contrast]");

        // the notices page starts with the resident's own community (its application's household)
        phone.open("/notices").waitFor("#notice-community");
        phone.waiting()
                .until(d -> IntakeFixtures.QIXINGGANG.equals(
                        phone.js("return document.querySelector('#notice-community').value;")));
        phone.check("44-notices-own-community");
    }
}
