package cq.assist.webapi.charity;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.charityrequest.RequestingCharityHelp;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.task.StaffTokens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The charity desk over HTTP on MariaDB: 20 acceptances at once that together exceed a project's fund
 * leave exactly the fund committed and the rest 409; a charity sees only its own projects and requests,
 * with the consented fields only; decisions are validated; the household's charity help shows in the
 * civil-affairs reviewer's view with a warning while temporary aid is undecided.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CharityDeskIT {

    static final String DAZU = "DAZU_EMERGENCY_FUND";
    static final String FED = "CQ_CHARITY_FED";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    TokenService tokens;

    @Autowired
    RequestingCharityHelp requesting;

    private String charity(String org) {
        return tokens.issue("it-charity-" + UUID.randomUUID(), List.of(Roles.CHARITY), Map.of(Roles.CLAIM_CHARITY, org))
                .accessToken();
    }

    @Test
    void twentyConcurrentAcceptancesNeverOverspendTheFund() throws Exception {
        CharityFixtures fixtures = new CharityFixtures(jdbc, cipher, requesting);
        String project = fixtures.project(DAZU, new BigDecimal("1000.00"), new BigDecimal("500.00"));
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(fixtures.request(fixtures.application(project), project));
        }
        String token = charity(DAZU);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String id : requests) {
            answers.add(pool.submit(() -> {
                HttpApi api = new HttpApi(port).as(token);
                start.await();
                return api.post(
                                "/api/v1/charity/requests/" + id + "/decision",
                                Map.of("decision", "ACCEPT", "amount", "100.00", "reason", "核实属实"))
                        .status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(10);
        assertThat(jdbc.queryForObject(
                        "SELECT fund_remaining FROM charity_project WHERE id = ?", BigDecimal.class, project))
                .isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(amount) FROM charity_request WHERE project_id = ? AND status = 'ACCEPTED'",
                        BigDecimal.class,
                        project))
                .isEqualByComparingTo("1000");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM charity_request WHERE project_id = ? AND status = 'SUBMITTED'",
                        Integer.class,
                        project))
                .as("a refused acceptance rolls back: the request stays open")
                .isEqualTo(10);
        JsonNode mine =
                find(new HttpApi(port).as(token).get("/api/v1/charity/projects").json(), "projectId", project);
        assertThat(mine.get("fund").asString()).isEqualTo("1000.00");
        assertThat(mine.get("committed").asString()).isEqualTo("1000.00");
        assertThat(mine.get("remainingFund").asString()).isEqualTo("0.00");
        assertThat(mine.get("requests").asInt()).isEqualTo(20);
    }

    @Test
    void aCharitySeesOnlyItsOwnRequestsWithTheConsentedFieldsAndDecides() {
        CharityFixtures fixtures = new CharityFixtures(jdbc, cipher, requesting);
        String project = fixtures.project(DAZU, new BigDecimal("5000.00"), new BigDecimal("500.00"));
        CharityFixtures.Filed accepted = fixtures.application(project);
        CharityFixtures.Filed declined = fixtures.application(project);
        String acceptedId = fixtures.request(accepted, project);
        String declinedId = fixtures.request(declined, project);
        HttpApi dazu = new HttpApi(port).as(charity(DAZU));
        HttpApi fed = new HttpApi(port).as(charity(FED));
        String decide = "/api/v1/charity/requests/" + acceptedId + "/decision";

        JsonNode need = find(dazu.get("/api/v1/charity/needs").json(), "requestId", acceptedId);
        assertThat(need.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(need.get("data").get("phone").asString()).isEqualTo(accepted.phone());
        assertThat(need.get("data").propertyNames())
                .as("no figure beyond the consent (the medical figure is absent: no economic check ran)")
                .isSubsetOf(
                        need.get("sharedFields").valueStream().map(this::key).toList())
                .contains("name", "phone", "community", "householdSize", "assistanceReceived");
        assertThat(fed.get("/api/v1/charity/needs").text()).doesNotContain(acceptedId);
        assertThat(fed.get("/api/v1/charity/projects").text()).doesNotContain(project);
        assertThat(dazu.get("/api/v1/charity/projects").json().valueStream().map(p -> p.get("projectId")
                        .asString()))
                .allMatch(id -> id.startsWith("DAZU-") || id.startsWith("IT-"))
                .contains(project);
        assertThat(new HttpApi(port)
                        .as(new StaffTokens(tokens).districtApprover("500103"))
                        .get("/api/v1/charity/needs")
                        .status())
                .isEqualTo(403);
        assertThat(fed.post(decide, Map.of("decision", "ACCEPT", "amount", "100"))
                        .status())
                .isEqualTo(404);

        HttpApi.Answer noAmount = dazu.post(decide, Map.of("decision", "ACCEPT"));
        assertThat(noAmount.status()).isEqualTo(400);
        assertThat(noAmount.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        HttpApi.Answer noReason =
                dazu.post("/api/v1/charity/requests/" + declinedId + "/decision", Map.of("decision", "DECLINE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(dazu.post(decide, Map.of("decision", "ACCEPT", "amount", "600"))
                        .status())
                .as("above the per-person cap")
                .isEqualTo(422);

        HttpApi.Answer ok = dazu.post(decide, Map.of("decision", "ACCEPT", "amount", "300.00", "reason", "核实属实"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(ok.json().get("amount").asString()).isEqualTo("300.00");
        assertThat(dazu.post(decide, Map.of("decision", "ACCEPT", "amount", "1"))
                        .status())
                .isEqualTo(409);
        HttpApi.Answer no = dazu.post(
                "/api/v1/charity/requests/" + declinedId + "/decision",
                Map.of("decision", "DECLINE", "reason", "不属于本项目救助范围"));
        assertThat(no.status()).as(no.toString()).isEqualTo(200);
        assertThat(no.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM application_notice WHERE application_id = ? AND channel = 'SMS'"
                                + " AND notice_code = ?",
                        Integer.class,
                        declined.applicationId(),
                        "CHARITY:" + declinedId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM in_app_message WHERE application_id = ? AND title = '慈善求助未获同意'",
                        Integer.class,
                        declined.applicationId()))
                .isEqualTo(1);

        fixtures.openTemporaryAid(accepted);
        HttpApi reviewer = new HttpApi(port).as(new StaffTokens(tokens).districtApprover("500103"));
        JsonNode view =
                reviewer.get("/api/v1/applications/" + accepted.applicationId()).json();
        JsonNode help = view.get("householdCharityHelp");
        assertThat(help.get("total").asString()).isEqualTo("300.00");
        assertThat(help.get("entries").get(0).get("projectId").asString()).isEqualTo(project);
        assertThat(help.get("warning").asString()).contains("300.00").contains("临时救助");
        assertThat(view.get("timeline").findValuesAsString("event"))
                .as("charity help is an entry of the application's timeline")
                .contains("慈善机构同意救助");
        fixtures.withdrawConsent(accepted, acceptedId);
        JsonNode withdrawn = find(dazu.get("/api/v1/charity/needs").json(), "requestId", acceptedId);
        assertThat(withdrawn.get("status").asString()).as("the decision stands").isEqualTo("ACCEPTED");
        assertThat(withdrawn.get("data").propertyNames())
                .as("a withdrawn consent hides the data from the charity at once")
                .isEmpty();
        assertThat(dazu.get("/api/v1/charity/needs").text()).doesNotContain(accepted.phone());
        fixtures.openItem(accepted, "MEDICAL_AID", "MEDICAL_SECURITY@500103");
        JsonNode medicalView = new HttpApi(port)
                .as(new StaffTokens(tokens).staff(Roles.DEPARTMENT_REVIEWER, "MEDICAL_SECURITY@500103"))
                .get("/api/v1/applications/" + accepted.applicationId())
                .json();
        assertThat(medicalView.get("householdCharityHelp").get("warning").asString())
                .as("the medical-aid reviewer weighs the same need too")
                .contains("300.00")
                .contains("医疗救助");
        fixtures.openTemporaryAid(declined);
        assertThat(new HttpApi(port)
                        .as(new StaffTokens(tokens).staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500103"))
                        .get("/api/v1/applications/" + accepted.applicationId())
                        .status())
                .as("an office with no task of the application does not see it")
                .isEqualTo(404);
        assertThat(reviewer.get("/api/v1/applications/" + declined.applicationId())
                        .json()
                        .get("householdCharityHelp")
                        .get("total")
                        .asString())
                .isEqualTo("0.00");
        assertThat(reviewer.get("/api/v1/applications/" + declined.applicationId())
                        .json()
                        .get("timeline")
                        .findValuesAsString("event"))
                .contains("慈善机构未予救助");
    }

    private String key(JsonNode code) {
        String[] parts = code.asString().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (n.get(field).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError(value + " not in " + list);
    }
}
