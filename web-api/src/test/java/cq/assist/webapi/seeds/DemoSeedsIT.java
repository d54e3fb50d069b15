package cq.assist.webapi.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.account.TotpVerifier;
import cq.assist.core.pii.PiiCipher;
import cq.assist.seeds.SeedLoader;
import cq.assist.web.test.HttpApi;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's seeds on MariaDB: loaded once, unchanged by a second load, and usable. */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoSeedsIT {

    private static final List<String> TABLES = List.of(
            "region",
            "department",
            "assistance_item",
            "work_calendar_day",
            "staff_account",
            "community_worker",
            "registry_person");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SeedLoader seedLoader;

    @Autowired
    PiiCipher cipher;

    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void loadingTheSeedsAgainChangesNothing() throws Exception {
        Map<String, Integer> before = rowCounts();

        int inserted = seedLoader.load("reference") + seedLoader.load("demo");

        assertThat(inserted).isZero();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void referenceAndDemoRowsAreThereWithTheirFlags() {
        assertThat(count("assistance_item WHERE kind = 'APPLY_FREE'")).isEqualTo(5);
        assertThat(count("assistance_item")).isEqualTo(21);
        assertThat(count("region WHERE code IN ('500103001001', '500105001001')"))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT made_up FROM region WHERE code = '500103001'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT urban FROM region WHERE code = '500111001'", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT working FROM work_calendar_day WHERE cal_date = '2026-02-14'", Boolean.class))
                .isTrue();
        assertThat(count("registry_person")).isGreaterThanOrEqualTo(15);
        assertThat(count("registry_person WHERE deceased = TRUE")).isGreaterThanOrEqualTo(1);
        assertThat(count("staff_account WHERE username IN ('jd.qixinggang', 'admin', 'charity.dazu')"))
                .isEqualTo(3);
        String workerPhone = cipher.decrypt(
                cq.assist.core.pii.PiiField.WORKER_PHONE,
                cipher.blindIndex("13900000001"),
                jdbc.queryForObject(
                        "SELECT phone_enc FROM community_worker WHERE phone_hash = ?",
                        byte[].class,
                        cipher.blindIndex("13900000001")));
        assertThat(workerPhone).isEqualTo("13900000001");
    }

    @Test
    void streetReviewerLogsInWithTheDemoPasswordAndTotp() {
        String code = TotpVerifier.codeAt("JBSWY3DPEHPK3PXP", Instant.now());
        HttpApi.Answer answer = new HttpApi(port)
                .post("/api/v1/auth/login", Map.of("username", "jd.qixinggang", "password", "Demo#2026", "totp", code));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Jwt jwt = jwtDecoder.decode(answer.json().get("accessToken").asString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("STREET_REVIEWER");
        assertThat(jwt.getClaimAsString("department")).isEqualTo("CIVIL_AFFAIRS@500103001");
        assertThat(jwt.getClaimAsString("departmentKind")).isEqualTo("CIVIL_AFFAIRS");
        assertThat(jwt.getClaimAsString("region")).isEqualTo("500103001");
    }

    /**
     * The demo has a security auditor (三员分立, issue 8): {@code audit.city} reads and verifies the audit log
     * and nothing else (no accounts, no parameters, no department tasks). It was missing before.
     */
    @Test
    void theAuditorReadsAndVerifiesTheAuditLogOnly() {
        String code = TotpVerifier.codeAt("JBSWY3DPEHPK3PXP", Instant.now());
        HttpApi.Answer login = new HttpApi(port)
                .post("/api/v1/auth/login", Map.of("username", "audit.city", "password", "Demo#2026", "totp", code));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(jwtDecoder.decode(login.json().get("accessToken").asString()).getClaimAsStringList("roles"))
                .containsExactly("AUDITOR");
        HttpApi auditor = new HttpApi(port).as(login.json().get("accessToken").asString());

        assertThat(auditor.get("/api/v1/admin/audit?size=5").status()).isEqualTo(200);
        assertThat(auditor.post("/api/v1/admin/audit/verify", Map.of()).status())
                .isEqualTo(200);
        assertThat(auditor.get("/api/v1/admin/accounts").status()).isEqualTo(403);
        assertThat(auditor.get("/api/v1/admin/parameters").status()).isEqualTo(403);
        assertThat(auditor.get("/api/v1/tasks").header("X-Total-Count")).isEqualTo("0");
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    private int count(String tableAndWhere) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + tableAndWhere, Integer.class);
    }
}
