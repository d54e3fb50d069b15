package cq.assist.mobile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The resident gives the payee account of its application ({@code PUT /applications/{id}/payee-account}): the
 * answer and the application's view ({@code payeeAccount}) show the number masked, the column holds it encrypted and bound to the application (no clear digits), a
 * bad number or bank is a 400 naming the field, and another resident's application a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class PayeeAccountIT {

    private static final String NUMBER = "6230580000123456789";

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    BusinessClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStaging registry;

    @Autowired
    PiiCipher cipher;

    IntakeFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
    }

    @Test
    void theResidentGivesItsAccountWhichIsStoredEncryptedAndAnsweredMasked() {
        Person me = fixtures.person("付晓燕", 41);
        HttpApi resident = fixtures.logIn(me);
        HttpApi.Answer filed =
                IntakeFixtures.submit(resident, ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        JsonNode none = resident.get("/api/v1/applications/" + id).json().get("payeeAccount");
        assertThat(none == null || none.isNull()).as("none given yet: %s", none).isTrue();

        HttpApi.Answer given = resident.put(
                "/api/v1/applications/" + id + "/payee-account",
                Map.of("accountNumber", "6230 5800 0012 3456 789", "bankName", "重庆农村商业银行"));

        assertThat(given.status()).as(given.toString()).isEqualTo(200);
        JsonNode answer = given.json();
        assertThat(answer.get("accountNumber").asString()).isEqualTo("***************6789");
        assertThat(answer.get("bankName").asString()).isEqualTo("重庆农村商业银行");
        assertThat(given.text()).doesNotContain("0000123456");
        HttpApi.Answer view = resident.get("/api/v1/applications/" + id);
        JsonNode onFile = view.json().get("payeeAccount");
        assertThat(onFile.get("accountNumber").asString()).isEqualTo("***************6789");
        assertThat(onFile.get("bankName").asString()).isEqualTo("重庆农村商业银行");
        assertThat(onFile.get("givenAt").asString()).isNotBlank();
        assertThat(view.text()).as("the view never carries the full number").doesNotContain("0000123456");
        assertThat(resident.get("/api/v1/applications").text()).doesNotContain("0000123456");
        byte[] raw = jdbc.queryForObject("SELECT payee_account_enc FROM application WHERE id = ?", byte[].class, id);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1))
                .as("no clear digits of the number at rest")
                .doesNotContain("0000123456")
                .doesNotContain("6789");
        assertThat(cipher.decrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, id, raw)).isEqualTo(NUMBER);
        assertThat(jdbc.queryForObject("SELECT payee_bank FROM application WHERE id = ?", String.class, id))
                .isEqualTo("重庆农村商业银行");

        HttpApi.Answer bad = resident.put(
                "/api/v1/applications/" + id + "/payee-account", Map.of("accountNumber", "12ab", "bankName", "农商行"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("accountNumber");

        HttpApi other = fixtures.logIn(fixtures.person("付晓峰", 39));
        HttpApi.Answer notMine = other.put(
                "/api/v1/applications/" + id + "/payee-account",
                Map.of("accountNumber", "6214830000987654321", "bankName", "中国工商银行"));
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(cipher.decrypt(
                        PiiField.APPLICATION_PAYEE_ACCOUNT,
                        id,
                        jdbc.queryForObject(
                                "SELECT payee_account_enc FROM application WHERE id = ?", byte[].class, id)))
                .isEqualTo(NUMBER);
    }
}
