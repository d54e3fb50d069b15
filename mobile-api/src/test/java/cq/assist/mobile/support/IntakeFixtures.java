package cq.assist.mobile.support;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.test.HttpApi;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What intake and co-signing tests share: the communities they file in, real phone logins, an
 * uploaded ID-card photo, submission with a fresh idempotency key and the co-signing token of a link.
 */
public final class IntakeFixtures {

    public static final String QIXINGGANG = ApplicationForms.COMMUNITY;
    public static final String JIANGBEI = "500105001001";

    private final HttpApi api;
    private final SmsOutbox outbox;
    private final BusinessClock clock;

    public IntakeFixtures(HttpApi api, SmsOutbox outbox, BusinessClock clock, JdbcTemplate jdbc) {
        this.api = api;
        this.outbox = outbox;
        this.clock = clock;
        jdbc.update("INSERT IGNORE INTO region (code, name, region_level, parent_code, made_up) VALUES"
                + " ('500103001001', '七星岗社区', 'COMMUNITY', '500103001', TRUE),"
                + " ('500105001001', '江北测试社区', 'COMMUNITY', '500105001', TRUE)");
    }

    /** A person of this age with a unique ID number and a unique 19x phone. */
    public Person person(String name, int age) {
        Person p = Person.aged(name, age, clock.today());
        return new Person(p.name(), p.idNumber(), Phones.random());
    }

    /** Logs the person's phone in as a resident. */
    public HttpApi logIn(Person person) {
        return api.as(new PhoneLogins(api, outbox).logIn(person.phone()));
    }

    /** Uploads a JPEG as the caller and returns its file id. */
    public static String uploadPhoto(HttpApi as) {
        Multipart body = Multipart.file("file", "id.jpg", "image/jpeg", FileBytes.jpeg(4_000));
        HttpApi.Answer answer = as.send("POST", "/api/v1/files", body.body(), body.headers());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("fileId").asString();
    }

    /** Submits with a fresh idempotency key. */
    public static HttpApi.Answer submit(HttpApi as, ApplicationForm form) {
        return submit(as, form, UUID.randomUUID().toString());
    }

    public static HttpApi.Answer submit(HttpApi as, ApplicationForm form, String key) {
        return as.send("POST", "/api/v1/applications", form, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    /** The token in a co-signing link. */
    public static String tokenOf(JsonNode pendingAuthorization) {
        String url = pendingAuthorization.get("authorizeUrl").asString();
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    /** Asks for a code to the member's phone as the relative would, and returns it. */
    public String codeFor(Person member) {
        return new PhoneLogins(api, outbox).requestCode(member.phone());
    }

    /** A co-signing body for this person. */
    public static Map<String, String> coSignature(Person member, String code) {
        return Map.of(
                "name", member.name(),
                "idNumber", member.idNumber(),
                "smsCode", code,
                "signature", ApplicationForms.signaturePng());
    }
}
