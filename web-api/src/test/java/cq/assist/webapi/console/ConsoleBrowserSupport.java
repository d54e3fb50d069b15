package cq.assist.webapi.console;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.files.StoredFileService;
import cq.assist.core.intake.SubmittingApplication;
import cq.assist.core.login.MobileAccountService;
import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.WorkerVisits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every console browser test shares: the real web-api on a random port in the {@code demo} profile (one
 * Spring context for all of them), the services that make real cases ({@link #cases()}), one {@link Browser}
 * per test class (opened before the class's own {@code @BeforeAll}, closed after its tests), and the login
 * with the demo password and a TOTP code of the demo secret. Passwords expire after ten years in this context
 * ({@code assist.staff.password.max-age}), which no seeded account reaches.
 */
// passwords expire after ten years here (none by default), so a test can age one account's password
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "assist.staff.password.max-age=3650d")
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleBrowserSupport {

    /** Every demo staff account's password (API.md). */
    static final String PASSWORD = "Demo#2026";

    @LocalServerPort
    int port;

    @Autowired
    SubmittingApplication submitting;

    @Autowired
    RegistryStaging registry;

    @Autowired
    StoredFileService files;

    @Autowired
    MobileAccountService accounts;

    @Autowired
    WorkerVisits visits;

    @Autowired
    StaffTasks tasks;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Real cases, made the way the phone app makes them. */
    ConsoleCases cases() {
        return new ConsoleCases(submitting, registry, files, accounts, visits, tasks, clock, jdbc);
    }

    /** Opens the login page and logs in with the password and a fresh TOTP code of the demo secret. */
    void logIn(String username) {
        browser.open("/login");
        fillLogin(username, PASSWORD, Totp.code(username, Totp.DEMO_SECRET));
    }

    /** Types the three login fields and submits. */
    void fillLogin(String username, String password, String totp) {
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.type(By.id("totp"), totp);
        browser.click("login-submit");
    }
}
