package cq.assist.webapi.scope;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.pii.ApplicationRows;
import cq.assist.webapi.task.StaffTokens;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Each office sees its own (issue 8, security review H3/L5/L7): a staff member reads an application, reveals
 * an ID number or objects only through a task of its own department and region, and sees only its own
 * items' reasons. The matrix runs every staff role against every application endpoint on an application of
 * its own region with and without a task of its office, and on one of another district.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffScopeIT {

    private static final String QIXINGGANG = "500103001001";
    private static final String JIANGBEI = "500105001001";
    private static final String DEPOSITS = "家庭人均存款 52000.00 元，超过标准";
    private static final String HOUSING_FACT = "家庭无自有住房，租住面积 12 平方米";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    TokenService tokenService;

    StaffTokens tokens;
    ApplicationRows rows;

    @BeforeEach
    void setUp() {
        tokens = new StaffTokens(tokenService);
        rows = new ApplicationRows(jdbc, cipher);
    }

    @Test
    void aHousingReviewerGets404WhereHousingIsNotInPlay() {
        ApplicationRows.Filed dibaoOnly = rows.inCommunity(QIXINGGANG);
        rows.caseAt(dibaoOnly, QIXINGGANG, "DIBAO", "CIVIL_AFFAIRS", "STREET_REVIEW", "IN_REVIEW", reasons(DEPOSITS));
        HttpApi housing = api(tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500103"));

        assertThat(housing.get("/api/v1/applications/" + dibaoOnly.applicationId())
                        .status())
                .isEqualTo(404);
        assertThat(housing.post("/api/v1/pii/reveal", reveal(dibaoOnly, 1)).status())
                .isEqualTo(404);
        assertThat(housing.post("/api/v1/applications/" + dibaoOnly.applicationId() + "/objections", objection())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aHousingReviewerWithAHousingTaskSeesHousingFactsButNotDeposits() {
        ApplicationRows.Filed filed = rows.inCommunity(QIXINGGANG);
        rows.caseAt(filed, QIXINGGANG, "DIBAO", "CIVIL_AFFAIRS", null, "GRANTED", reasons(DEPOSITS));
        rows.caseAt(filed, QIXINGGANG, "HOUSING", "HOUSING", "DEPARTMENT_REVIEW", "IN_REVIEW", reasons(HOUSING_FACT));
        HttpApi housing = api(tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500103"));

        HttpApi.Answer view = housing.get("/api/v1/applications/" + filed.applicationId());

        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        assertThat(view.toString())
                .contains(HOUSING_FACT)
                .doesNotContain("52000")
                .doesNotContain("存款");
        JsonNode dibao = item(view.json(), "DIBAO");
        assertThat(dibao.get("status").asString()).isEqualTo("GRANTED");
        assertThat(dibao.get("reasons")).isEmpty();
        assertThat(view.json().get("charityMatches")).isEmpty();
        assertThat(view.json().get("applicant").get("idNumber").asString()).contains("*");
    }

    @Test
    void regionsAreComparedAsWholeCodesNeverAsPrefixes() {
        ApplicationRows.Filed filed = rows.inCommunity(QIXINGGANG);
        rows.caseAt(filed, QIXINGGANG, "DIBAO", "CIVIL_AFFAIRS", "STREET_REVIEW", "IN_REVIEW", reasons(DEPOSITS));
        String path = "/api/v1/applications/" + filed.applicationId();

        assertThat(api(tokens.streetReviewer("500103001")).get(path).status()).isEqualTo(200);
        assertThat(api(tokens.streetReviewer("500103002")).get(path).status()).isEqualTo(404);
        for (String badRegion : new String[] {"50010", "5001", "", "500103001001"}) {
            String token = tokenService
                    .issue(
                            "it-" + UUID.randomUUID(),
                            List.of(Roles.STREET_REVIEWER),
                            Map.of(
                                    Roles.CLAIM_DEPARTMENT,
                                    "CIVIL_AFFAIRS@" + badRegion,
                                    Roles.CLAIM_DEPARTMENT_KIND,
                                    "CIVIL_AFFAIRS",
                                    Roles.CLAIM_REGION,
                                    badRegion))
                    .accessToken();
            assertThat(api(token).get(path).status())
                    .as("region claim '%s'", badRegion)
                    .isEqualTo(404);
            assertThat(api(token).post("/api/v1/pii/reveal", reveal(filed, 1)).status())
                    .as("reveal with region claim '%s'", badRegion)
                    .isEqualTo(404);
        }
    }

    @Test
    void theStreetSeesTheCaseOnlyOnceItReachedTheStreetReview() {
        ApplicationRows.Filed filed = rows.inCommunity(QIXINGGANG);
        String dibao =
                rows.caseAt(filed, QIXINGGANG, "DIBAO", "CIVIL_AFFAIRS", "HOME_VISIT", "IN_REVIEW", reasons(DEPOSITS));
        HttpApi street = api(tokens.streetReviewer("500103001"));
        String path = "/api/v1/applications/" + filed.applicationId();

        assertThat(street.get(path).status()).isEqualTo(404);
        rows.passed(dibao, "STREET_REVIEW", "APPROVE");
        assertThat(street.get(path).status()).isEqualTo(200);
    }

    /**
     * role x endpoint x (own office with a task, own region without a task, another district): only the
     * first may read, reveal (audited) or object (civil affairs only); nothing else leaks the application.
     */
    @Test
    void theWholeMatrixOfRolesEndpointsAndApplicationsLeaksNothing() {
        ApplicationRows.Filed own = rows.inCommunity(QIXINGGANG);
        rows.caseAt(own, QIXINGGANG, "DIBAO", "CIVIL_AFFAIRS", "PUBLIC_NOTICE", "PUBLIC_NOTICE", reasons(DEPOSITS));
        rows.caseAt(own, QIXINGGANG, "HOUSING", "HOUSING", "DEPARTMENT_REVIEW", "IN_REVIEW", reasons(HOUSING_FACT));
        ApplicationRows.Filed foreign = rows.inCommunity(JIANGBEI);
        rows.caseAt(foreign, JIANGBEI, "DIBAO", "CIVIL_AFFAIRS", "DISTRICT_DECISION", "IN_REVIEW", reasons(DEPOSITS));
        rows.caseAt(foreign, JIANGBEI, "HOUSING", "HOUSING", "DEPARTMENT_REVIEW", "IN_REVIEW", reasons(HOUSING_FACT));

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("district approver 500103", tokens.districtApprover("500103"));
        callers.put("street reviewer 500103001", tokens.streetReviewer("500103001"));
        callers.put("housing 500103", tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500103"));
        callers.put("justice 500103", tokens.staff(Roles.DEPARTMENT_REVIEWER, "JUSTICE@500103"));
        callers.put("medical 500103", tokens.staff(Roles.DEPARTMENT_REVIEWER, "MEDICAL_SECURITY@500103"));
        callers.put("admin", tokens.admin());
        callers.put(
                "charity",
                tokenService
                        .issue("it-" + UUID.randomUUID(), List.of(Roles.CHARITY), Map.of(Roles.CLAIM_CHARITY, "DAZU"))
                        .accessToken());

        Map<String, Integer> readOwn = Map.of("district approver 500103", 200, "housing 500103", 200);
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            HttpApi api = api(caller.getValue());
            int expectedOwn = readOwn.getOrDefault(caller.getKey(), -1);
            for (ApplicationRows.Filed app : List.of(own, foreign)) {
                boolean allowed = app == own && expectedOwn == 200;
                String label = caller.getKey() + " on " + (app == own ? "own" : "foreign");
                HttpApi.Answer read = api.get("/api/v1/applications/" + app.applicationId());
                HttpApi.Answer revealed = api.post("/api/v1/pii/reveal", reveal(app, 1));
                if (allowed) {
                    assertThat(read.status()).as(label + " read").isEqualTo(200);
                    assertThat(revealed.status()).as(label + " reveal").isEqualTo(200);
                    assertThat(revealed.json().get("value").asString()).isEqualTo(app.memberIdNumber());
                } else {
                    assertThat(read.status()).as(label + " read").isIn(403, 404);
                    assertThat(revealed.status()).as(label + " reveal").isIn(403, 404);
                    assertThat(read.toString() + revealed).as(label).doesNotContain(app.memberIdNumber());
                    assertThat(read.toString())
                            .as(label)
                            .doesNotContain("IT" + app.applicationId().substring(0, 8));
                }
            }
        }
        assertThat(api(callers.get("housing 500103"))
                        .post("/api/v1/applications/" + own.applicationId() + "/objections", objection())
                        .status())
                .as("a housing reviewer may not object")
                .isEqualTo(403);
        assertThat(api(callers.get("admin"))
                        .post("/api/v1/applications/" + own.applicationId() + "/objections", objection())
                        .status())
                .as("the administrator may not object")
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'VIEW_FULL_ID_NUMBER' AND subject_id LIKE ?",
                        Integer.class,
                        own.applicationId() + "/%"))
                .as("each allowed reveal is audited")
                .isEqualTo(2);
    }

    @Test
    void statsAreScopedToTheCallersRegion() {
        HttpApi yuzhong = api(tokens.districtApprover("500103"));

        HttpApi.Answer own = yuzhong.get("/api/v1/stats");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("regionCode").asString()).isEqualTo("500103");
        assertThat(yuzhong.get("/api/v1/stats?regionCode=500103001").status()).isEqualTo(200);
        assertThat(yuzhong.get("/api/v1/stats?regionCode=500105").status()).isEqualTo(404);
        assertThat(yuzhong.get("/api/v1/stats?regionCode=5001").status()).isEqualTo(404);
        HttpApi admin = api(tokens.admin());
        assertThat(admin.get("/api/v1/stats?regionCode=500105")
                        .json()
                        .get("regionCode")
                        .asString())
                .isEqualTo("500105");
        assertThat(admin.get("/api/v1/stats").status()).isEqualTo(200);
    }

    @Test
    void statsCountOnlyTheRegionsOwnCases() {
        ApplicationRows.Filed jiangbei = rows.inCommunity(JIANGBEI);
        rows.caseAt(jiangbei, JIANGBEI, "TEMP_AID", "CIVIL_AFFAIRS", "DEPARTMENT_REVIEW", "IN_REVIEW", reasons("x"));
        JsonNode yuzhong =
                api(tokens.districtApprover("500103")).get("/api/v1/stats").json();
        JsonNode city = api(tokens.admin()).get("/api/v1/stats").json();

        assertThat(yuzhong.get("backlogByDepartment").has("CIVIL_AFFAIRS@500105"))
                .isFalse();
        assertThat(city.get("backlogByDepartment").get("CIVIL_AFFAIRS@500105").asLong())
                .isPositive();
    }

    private HttpApi api(String token) {
        return new HttpApi(port).as(token);
    }

    private static String reasons(String text) {
        return "[\"" + text + "\"]";
    }

    private static Map<String, Object> reveal(ApplicationRows.Filed filed, int seq) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectType", "APPLICATION_MEMBER");
        body.put("applicationId", filed.applicationId());
        body.put("memberSeq", seq);
        body.put("field", "idNumber");
        body.put("purpose", "核对家庭成员身份");
        return body;
    }

    private static Map<String, Object> objection() {
        return Map.of("text", "群众反映该户有隐性收入");
    }

    private static JsonNode item(JsonNode view, String code) {
        for (JsonNode item : view.get("items")) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code + " in " + view);
    }
}
