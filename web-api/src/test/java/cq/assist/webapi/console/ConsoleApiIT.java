package cq.assist.webapi.console;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.files.StoredFileService;
import cq.assist.core.intake.SubmittingApplication;
import cq.assist.core.login.MobileAccountService;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.task.StaffTokens;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.WorkerVisits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * What the console needs of web-api besides the contract: the page at {@code /} and its routes (the API's
 * paths untouched), cached assets, the item catalog, the caller's subject, and the home visits of an
 * application with their photos (in scope only, each photo view audited).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ConsoleApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

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

    @Test
    void servesTheConsoleAtTheRootAndAtEachOfItsRoutesWithoutAToken() {
        HttpApi anonymous = new HttpApi(port);
        for (String path : List.of("/", "/login", "/inbox", "/dashboard", "/admin/parameters", "/applications/abc")) {
            HttpApi.Answer page = browserGet(anonymous, path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.text()).as(path).contains("<div id=\"app\"></div>");
        }
        assertThat(browserGet(anonymous, "/index.html").header("Cache-Control")).contains("no-cache");
        for (String path : List.of("/", "/login", "/inbox")) {
            assertThat(anonymous
                            .send("HEAD", path, null, java.util.Map.of("Accept", "text/html"))
                            .status())
                    .as("HEAD " + path + " is answered as its GET is")
                    .isEqualTo(200);
        }
        for (String path : List.of("/", "/login", "/applications/abc")) {
            HttpApi.Answer page = browserGet(anonymous, path);
            assertThat(page.header("Content-Security-Policy"))
                    .as(path + ": only the console's own script files run, and no other site frames it (review L2)")
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
    }

    @Test
    void cachesTheHashedAssetsForAYear() {
        HttpApi anonymous = new HttpApi(port);
        Matcher asset = Pattern.compile("/assets/[\\w.-]+\\.js")
                .matcher(browserGet(anonymous, "/").text());
        assertThat(asset.find()).isTrue();

        HttpApi.Answer script = browserGet(anonymous, asset.group());

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
    }

    @Test
    void leavesTheApiPathsToTheApi() {
        HttpApi anonymous = new HttpApi(port);
        assertThat(anonymous.get("/api/v1/items").status()).isEqualTo(401);
        assertThat(browserGet(anonymous, "/admin/parameters/extra").status()).isNotEqualTo(200);
        HttpApi.Answer unknown =
                anonymous.as(new StaffTokens(tokenService).admin()).get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void listsTheCatalogWithTheItemsWhoseDecisionSetsAnAmount() {
        JsonNode items = new HttpApi(port)
                .as(new StaffTokens(tokenService).streetReviewer("500103001"))
                .get("/api/v1/items")
                .json();

        assertThat(items).hasSize(21);
        assertThat(items.get(0).get("code").asString()).isEqualTo("DIBAO");
        List<String> cash = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("paysCash").asBoolean()) {
                cash.add(i.get("code").asString());
            }
        });
        assertThat(cash).contains("DIBAO", "TEKUN", "TEMP_AID").doesNotContain("HOUSING", "POWER_WAIVER");
    }

    @Test
    void tellsTheConsoleItsTokenSubjectSoItCanRecogniseItsOwnClaims() {
        JsonNode me = new HttpApi(port)
                .as(new StaffTokens(tokenService).districtApprover("500103"))
                .get("/api/v1/me")
                .json();

        assertThat(me.get("subject").asString()).startsWith("it-");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("DISTRICT_APPROVER");
    }

    @Test
    void showsTheHomeVisitWithItsPhotoInScopeOnlyAndAuditsEachPhotoView() {
        ConsoleCases cases = new ConsoleCases(submitting, registry, files, accounts, visits, tasks, clock, jdbc);
        ConsoleCases.Filed filed = cases.atStreetReview("孙photo", "500.00");
        StaffTokens tokens = new StaffTokens(tokenService);
        HttpApi street = new HttpApi(port).as(tokens.streetReviewer("500103001"));
        HttpApi otherStreet = new HttpApi(port).as(tokens.streetReviewer("500103002"));
        String path = "/api/v1/applications/" + filed.applicationId() + "/home-visits";

        JsonNode visitList = street.get(path).json();
        assertThat(visitList).hasSize(1);
        JsonNode visit = visitList.get(0);
        assertThat(visit.get("recommendation").asString()).isEqualTo("SUPPORT");
        assertThat(visit.get("worker").asString()).isEqualTo("刘晓燕");
        assertThat(visit.get("findings").asString()).contains("住房简陋");
        String photoUrl = visit.get("photos").get(0).get("url").asString();
        String fileId = visit.get("photos").get(0).get("fileId").asString();

        HttpApi.Answer photo = street.get(photoUrl);
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.header("Cache-Control")).contains("no-store");
        assertThat(photo.header("Content-Disposition")).startsWith("attachment").contains(fileId + ".png");
        assertThat(photo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(photo.header("Content-Security-Policy")).startsWith("sandbox");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'VIEW_HOME_VISIT_PHOTO' AND subject_id = ?",
                        Integer.class,
                        filed.applicationId() + "/" + fileId))
                .isEqualTo(1);

        assertThat(otherStreet.get(path).status()).isEqualTo(404);
        assertThat(otherStreet.get(photoUrl).status()).isEqualTo(404);
        assertThat(street.get(path + "/photos/not-a-photo-of-this-application").status())
                .isEqualTo(404);
    }

    @Test
    void listsANoticeToTheStreetAndDistrictOfficesOfTheCaseOnly() {
        ConsoleCases cases = new ConsoleCases(submitting, registry, files, accounts, visits, tasks, clock, jdbc);
        ConsoleCases.Filed filed = cases.atPublicNotice("吴公示", "300.00");
        StaffTokens tokens = new StaffTokens(tokenService);

        JsonNode street = new HttpApi(port)
                .as(tokens.streetReviewer("500103001"))
                .get("/api/v1/public-notices")
                .json();
        JsonNode notice = null;
        for (JsonNode n : street) {
            if (n.get("applicationId").asString().equals(filed.applicationId())) {
                notice = n;
            }
        }
        assertThat(notice).isNotNull();
        assertThat(notice.get("status").asString()).isEqualTo("PUBLIC_NOTICE");
        assertThat(notice.get("householdName").asString()).isEqualTo("吴**");
        assertThat(notice.get("proposedAmount").asString()).isEqualTo("510.00");
        assertThat(notice.get("until").asString()).isNotBlank();
        assertThat(applicationIds(tokens.districtApprover("500103"))).contains(filed.applicationId());
        assertThat(applicationIds(tokens.streetReviewer("500103002"))).doesNotContain(filed.applicationId());
        assertThat(applicationIds(tokens.districtApprover("500105"))).doesNotContain(filed.applicationId());
        assertThat(new HttpApi(port)
                        .as(tokens.admin())
                        .get("/api/v1/public-notices")
                        .status())
                .isEqualTo(403);
        assertThat(new HttpApi(port)
                        .as(tokens.staff("DEPARTMENT_REVIEWER", "HOUSING@500103"))
                        .get("/api/v1/public-notices")
                        .status())
                .isEqualTo(403);
    }

    private List<String> applicationIds(String token) {
        List<String> ids = new ArrayList<>();
        new HttpApi(port)
                .as(token)
                .get("/api/v1/public-notices")
                .json()
                .forEach(n -> ids.add(n.get("applicationId").asString()));
        return ids;
    }

    /** A GET as a browser sends it (it accepts HTML). */
    private static HttpApi.Answer browserGet(HttpApi api, String path) {
        return api.send("GET", path, null, Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
    }
}
