package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.pii.PiiCipher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A staff member's own password in Chromium, with an account of its own (the demo accounts keep theirs): an
 * expired password refused at login and changed on the login page itself ({@code POST /auth/password}, the
 * policy's refusal shown under the new-password field), the 修改密码 screen from the user menu ({@code POST
 * /me/password}: a reused password refused under its field, two different new passwords caught before
 * sending, the change ending the session, a wrong current password ending it too), and an empty dashboard
 * chart saying 暂无数据 (No data yet) instead of an empty box (江北区 has no payments).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountPasswordBrowserIT extends ConsoleBrowserSupport {

    static final String FIRST = "Clerk#2026";
    static final String SECOND = "Qixing#Gang2027";
    static final String THIRD = "Jiefangbei#2028";

    @Autowired
    PiiCipher cipher;

    String clerk;

    @BeforeAll
    void start() {
        clerk = "pw." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO staff_account (username, password_hash, totp_secret_enc, display_name, roles,"
                        + " department_code, region_code, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                clerk,
                new BCryptPasswordEncoder(4).encode(FIRST),
                cipher.encrypt(cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET, clerk, Totp.DEMO_SECRET),
                "测试改密审核员",
                "DEPARTMENT_REVIEWER",
                "HOUSING@500103",
                "500103",
                // eleven years ago: past the ten years this context allows
                Timestamp.valueOf("2015-01-01 00:00:00"));
    }

    @Test
    @Order(1)
    void anExpiredPasswordIsChangedOnTheLoginPage() {
        browser.open("/login");
        fillLogin(clerk, FIRST, Totp.code(clerk, Totp.DEMO_SECRET));
        browser.test("login-password-expired");
        browser.test("expired-form");
        browser.sees("密码已过期");
        browser.sees("密码要求");
        assertThat(browser.driver.getCurrentUrl()).contains("/login");
        browser.screenshot("60-login-password-expired");
        browser.assertAccessible();

        // the policy first (the TOTP code is not spent by a refused new password)
        browser.type(By.id("newPassword"), "short1A");
        browser.type(By.id("confirmPassword"), "short1A");
        browser.click("expired-submit");
        browser.waiting().until(d -> browser.test("field-newPassword").getText().contains("密码至少需要 12 个字符"));
        browser.screenshot("61-login-password-expired-refused");
        browser.assertAccessible();

        browser.type(By.id("newPassword"), SECOND);
        browser.type(By.id("confirmPassword"), SECOND);
        browser.click("expired-submit");
        browser.sees("密码已修改");
        assertThat(browser.driver.findElements(Browser.byTest("expired-form"))).isEmpty();

        // the old password is refused, the new one logs in
        fillLogin(clerk, FIRST, Totp.notSpent(Totp.DEMO_SECRET));
        browser.test("login-error");
        fillLogin(clerk, SECOND, Totp.code(clerk, Totp.DEMO_SECRET));
        browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
    }

    @Test
    @Order(2)
    void changesItsPasswordFromTheUserMenuWithErrorsUnderTheirFields() {
        browser.click("user-menu");
        browser.click("change-password");
        browser.waiting().until(ExpectedConditions.urlContains("/account/password"));
        browser.test("password-policy");
        browser.sees("至少包含以下四类中的三类");
        browser.screenshot("62-change-password");
        browser.assertAccessible();

        // the current password again: refused under the new-password field, the session kept
        browser.type(By.id("currentPassword"), SECOND);
        browser.type(By.id("newPassword"), SECOND);
        browser.type(By.id("confirmPassword"), SECOND);
        browser.click("password-submit");
        browser.waiting().until(d -> browser.test("field-newPassword").getText().contains("新密码不能与当前密码或最近使用过的密码相同"));
        assertThat(browser.driver.findElements(Browser.byTest("password-session-ended")))
                .isEmpty();
        browser.screenshot("63-change-password-reused");
        browser.assertAccessible();

        // two different new passwords never leave the page
        browser.type(By.id("newPassword"), THIRD);
        browser.type(By.id("confirmPassword"), THIRD + "x");
        browser.click("password-submit");
        browser.waiting().until(d -> browser.test("field-confirm").getText().contains("两次输入的新密码不一致"));

        browser.type(By.id("confirmPassword"), THIRD);
        browser.click("password-submit");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        browser.sees("密码已修改");
        browser.screenshot("64-login-after-password-change");
        browser.assertAccessible();

        fillLogin(clerk, SECOND, Totp.notSpent(Totp.DEMO_SECRET));
        browser.test("login-error");
        fillLogin(clerk, THIRD, Totp.code(clerk, Totp.DEMO_SECRET));
        browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
    }

    @Test
    @Order(3)
    void aWrongCurrentPasswordEndsTheSession() throws Exception {
        browser.open("/account/password");
        browser.type(By.id("currentPassword"), "Wrong#Password1");
        browser.type(By.id("newPassword"), "Chaotianmen#2029");
        browser.type(By.id("confirmPassword"), "Chaotianmen#2029");
        browser.click("password-submit");
        browser.waiting()
                .until(d -> browser.test("field-currentPassword").getText().contains("当前密码不正确"));
        browser.test("password-session-ended");
        browser.screenshot("65-change-password-wrong-current");
        browser.assertAccessible();

        String token = (String) browser.driver.executeScript("return sessionStorage.getItem('assist.console.token')");
        browser.click("password-relogin");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        // the token was revoked by the server, not only forgotten by the page
        HttpResponse<String> me = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void anEmptyChartSaysSoInsteadOfAnEmptyBox() {
        logIn("mz.jiangbei");
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        browser.click("menu-dashboard");
        browser.waiting().until(ExpectedConditions.urlContains("/dashboard"));
        browser.waiting()
                .until(d -> browser.test("chart-payments-empty").getText().contains("暂无数据"));
        browser.screenshot("66-dashboard-empty-charts");
        browser.assertAccessible();
        browser.language(
                "en", d -> browser.test("chart-payments-empty").getText().contains("No data yet"));
        browser.language(
                "zh", d -> browser.test("chart-payments-empty").getText().contains("暂无数据"));
    }
}
