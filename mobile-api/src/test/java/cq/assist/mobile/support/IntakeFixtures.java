package cq.assist.mobile.support;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
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

    private final RegistryStaging registry;
    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    public IntakeFixtures(
            HttpApi api,
            SmsOutbox outbox,
            BusinessClock clock,
            JdbcTemplate jdbc,
            RegistryStaging registry,
            PiiCipher cipher) {
        this.api = api;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.outbox = outbox;
        this.clock = clock;
        this.registry = registry;
        jdbc.update("INSERT IGNORE INTO region (code, name, region_level, parent_code, made_up) VALUES"
                + " ('500103001001', '七星岗社区', 'COMMUNITY', '500103001', TRUE),"
                + " ('500105001001', '江北测试社区', 'COMMUNITY', '500105001', TRUE)");
    }

    /**
     * A person of this age with a unique ID number and a unique 19x phone, which is also the person's phone
     * on file in the population registry (no other registry facts).
     */
    public Person person(String name, int age) {
        Person p = unregistered(name, age);
        registry.stage(StagedPerson.withPhone(p.idNumber(), p.name(), p.phone()));
        return p;
    }

    /** A person the population registry does not know (no phone on file). */
    public Person unregistered(String name, int age) {
        Person p = Person.aged(name, age, clock.today());
        return new Person(p.name(), p.idNumber(), Phones.random());
    }

    /** Logs the person's phone in as a resident and binds the account to the person (real-name check). */
    public HttpApi logIn(Person person) {
        HttpApi resident = logInUnbound(person);
        HttpApi.Answer bound =
                resident.post("/api/v1/me/real-name", Map.of("name", person.name(), "idNumber", person.idNumber()));
        assertThat(bound.status()).as(bound.toString()).isEqualTo(200);
        return resident;
    }

    /** Logs the person's phone in as a resident without a real-name binding. */
    public HttpApi logInUnbound(Person person) {
        return api.as(new PhoneLogins(api, outbox).logIn(person.phone()));
    }

    /** Enrols a new community worker of this community and logs its phone in (a COMMUNITY_WORKER token). */
    public Worker worker(String community) {
        String phone = Phones.random();
        jdbc.update(
                "INSERT INTO community_worker (phone_hash, phone_enc, name, community_code) VALUES (?, ?, ?, ?)",
                cipher.blindIndex(phone),
                cipher.encrypt(cq.assist.core.pii.PiiField.WORKER_PHONE, cipher.blindIndex(phone), phone),
                "测试网格员",
                community);
        return new Worker(phone, api.as(new PhoneLogins(api, outbox).logIn(phone)));
    }

    /** Disables the worker with this phone, or moves it to another community. */
    public void changeWorker(String phone, boolean enabled, String community) {
        jdbc.update(
                "UPDATE community_worker SET enabled = ?, community_code = ? WHERE phone_hash = ?",
                enabled,
                community,
                cipher.blindIndex(phone));
    }

    /** A logged-in community worker: its phone and its API. */
    public record Worker(String phone, HttpApi api) {}

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

    /**
     * Asks for a co-signing code through the link, as the relative would, and reads it from the outbox of
     * the member's phone on file.
     */
    public String codeFor(String token, Person member) {
        HttpApi.Answer answer = api.post("/api/v1/authorizations/" + token + "/sms-code", Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        return outbox.latestCodeTo(member.phone());
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
