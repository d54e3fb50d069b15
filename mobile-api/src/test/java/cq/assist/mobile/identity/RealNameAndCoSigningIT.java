package cq.assist.mobile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.mobile.support.Phones;
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
 * Issue 7 / review C1, M2, M3, M10, L8: a resident files only as the person its account is real-name
 * bound to; co-signing codes go to the registry's phone on file, never to a number the filer typed;
 * a worker who is disabled or moved loses its filings at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class RealNameAndCoSigningIT {

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

    HttpApi api;
    IntakeFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
    }

    @Test
    void theLetterInForceIsPublic() {
        HttpApi.Answer letter = api.get("/api/v1/authorization-letter");

        assertThat(letter.status()).as(letter.toString()).isEqualTo(200);
        JsonNode body = letter.json();
        assertThat(body.get("letterVersion").asString()).isEqualTo(ApplicationForms.LETTER);
        assertThat(body.get("letterText").asString()).contains("家庭经济状况核查授权书");
        assertThat(body.get("textSha256").asString())
                .isEqualTo(PiiCipher.sha256Hex(body.get("letterText").asString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnboundResidentCannotFileAndMeSaysSo() {
        Person me = fixtures.person("周敏", 40);
        HttpApi unbound = fixtures.logInUnbound(me);

        JsonNode who = unbound.get("/api/v1/me").json();
        assertThat(who.get("realName").isNull() || who.get("realName").isMissingNode())
                .isTrue();
        assertThat(who.get("phone").asString()).matches("\\d{3}\\*{4}\\d{4}");
        HttpApi.Answer filed =
                IntakeFixtures.submit(unbound, ApplicationForms.single(me, IntakeFixtures.uploadPhoto(unbound)));

        assertThat(filed.status()).as(filed.toString()).isEqualTo(403);
        assertThat(filed.json().get("type").asString()).endsWith("/real-name-required");
    }

    @Test
    void bindingChecksThePhoneOnFileAndHoldsOnePerson() {
        Person me = fixtures.person("吴磊", 38);
        Person other = fixtures.person("郑洁", 36);
        HttpApi resident = fixtures.logInUnbound(me);

        HttpApi.Answer notMine =
                resident.post("/api/v1/me/real-name", Map.of("name", other.name(), "idNumber", other.idNumber()));
        HttpApi.Answer mine = resident.post(
                "/api/v1/me/real-name",
                Map.of(
                        "name",
                        " " + me.name() + "\u200e",
                        "idNumber",
                        me.idNumber().toLowerCase()));
        HttpApi.Answer again =
                resident.post("/api/v1/me/real-name", Map.of("name", other.name(), "idNumber", other.idNumber()));

        assertThat(notMine.status()).as(notMine.toString()).isEqualTo(422);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().get("idNumber").asString())
                .startsWith(me.idNumber().substring(0, 6))
                .contains("****")
                .doesNotContain(me.idNumber().substring(6, 14));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        JsonNode who = resident.get("/api/v1/me").json();
        assertThat(who.get("realName").get("name").asString()).isEqualTo(me.name());
        assertThat(who.get("roles").get(0).asString()).isEqualTo("RESIDENT");
    }

    @Test
    void theSixthRealNameCheckOfAnAccountInADayIsRefusedWith429() {
        Person me = fixtures.person("卫东", 40);
        Person other = fixtures.person("卫西", 41);
        String login = new PhoneLogins(api, outbox).logIn(me.phone());
        HttpApi resident = api.as(login);
        for (int i = 1; i <= 5; i++) {
            HttpApi.Answer tried =
                    resident.post("/api/v1/me/real-name", Map.of("name", other.name(), "idNumber", other.idNumber()));
            assertThat(tried.status()).as("check " + i + ": " + tried).isEqualTo(422);
        }

        HttpApi.Answer sixth =
                resident.post("/api/v1/me/real-name", Map.of("name", me.name(), "idNumber", me.idNumber()));

        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
        assertThat(sixth.json().get("type").asString()).endsWith("/real-name-daily-limit");
        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 24 * 3600L);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM real_name_attempt WHERE account_id = ?",
                        Integer.class,
                        PhoneLogins.claims(login).get("sub").asString()))
                .as("the refused check is not counted")
                .isEqualTo(5);
        JsonNode who = resident.get("/api/v1/me").json();
        assertThat(who.get("realName").isNull() || who.get("realName").isMissingNode())
                .as("even the right person is not checked over the cap")
                .isTrue();
    }

    @Test
    void aBoundResidentFilesOnlyAsItself() {
        Person me = fixtures.person("冯刚", 50);
        Person victim = fixtures.person("赵强", 51);
        HttpApi resident = fixtures.logIn(me);
        String photo = IntakeFixtures.uploadPhoto(resident);

        HttpApi.Answer forSomeoneElse = IntakeFixtures.submit(resident, ApplicationForms.single(victim, photo));

        assertThat(forSomeoneElse.status()).as(forSomeoneElse.toString()).isEqualTo(403);
        assertThat(forSomeoneElse.json().get("type").asString()).endsWith("/real-name-required");
        assertThat(IntakeFixtures.submit(resident, ApplicationForms.single(me, photo))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theCoSigningCodeGoesToThePhoneOnFileNeverToTheTypedOne() {
        Person me = fixtures.person("陈华", 45);
        Person spouse = fixtures.person("林芳", 44);
        String typedByFiler = Phones.random();
        HttpApi resident = fixtures.logIn(me);
        var typedSpouse = new Person(spouse.name(), spouse.idNumber(), typedByFiler).member("SPOUSE");
        HttpApi.Answer filed = IntakeFixtures.submit(
                resident, ApplicationForms.withMembers(me, IntakeFixtures.uploadPhoto(resident), typedSpouse));
        String token =
                IntakeFixtures.tokenOf(filed.json().get("pendingAuthorizations").get(0));

        HttpApi.Answer sent = api.post("/api/v1/authorizations/" + token + "/sms-code", Map.of());

        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(sent.json().get("sentTo").asString())
                .isEqualTo(
                        spouse.phone().substring(0, 3) + "****" + spouse.phone().substring(7));
        assertThat(outbox.messagesTo(typedByFiler)).isEmpty();
        String loginCodeOfTheTypedPhone = new PhoneLogins(api, outbox).requestCode(typedByFiler);
        assertThat(api.post(
                                "/api/v1/authorizations/" + token,
                                IntakeFixtures.coSignature(spouse, loginCodeOfTheTypedPhone))
                        .status())
                .isEqualTo(403);
        String onFile = outbox.latestCodeTo(spouse.phone());
        assertThat(api.post("/api/v1/authorizations/" + token, IntakeFixtures.coSignature(spouse, onFile))
                        .status())
                .as("the failed try above counts against the link, not against the real code")
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT identity_method FROM authorization_record WHERE application_id = ? AND member_seq = 1",
                        String.class,
                        filed.json().get("id").asString()))
                .isEqualTo("PHONE_ON_FILE_SMS");
    }

    @Test
    void theFullNameIsOptionalButAWrongOneIsRefused() {
        Person me = fixtures.person("邓强", 45);
        Person spouse = fixtures.person("邓丽", 44);
        String token = coSigningToken(me, spouse, "SPOUSE");

        assertThat(api.post("/api/v1/authorizations/" + token + "/sms-code", Map.of())
                        .status())
                .isEqualTo(202);
        Map<String, String> wrongName =
                new java.util.HashMap<>(IntakeFixtures.coSignature(spouse, outbox.latestCodeTo(spouse.phone())));
        wrongName.put("name", "邓小丽");
        assertThat(api.post("/api/v1/authorizations/" + token, wrongName).status())
                .as("a name given must be the member's")
                .isEqualTo(403);

        assertThat(api.post("/api/v1/authorizations/" + token + "/sms-code", Map.of())
                        .status())
                .isEqualTo(202);
        Map<String, String> noName =
                new java.util.HashMap<>(IntakeFixtures.coSignature(spouse, outbox.latestCodeTo(spouse.phone())));
        noName.remove("name");
        HttpApi.Answer signed = api.post("/api/v1/authorizations/" + token, noName);
        assertThat(signed.status())
                .as("the ID number and the code to the phone on file prove the member: " + signed)
                .isEqualTo(200);
    }

    @Test
    void aLoginCodeOfThePhoneOnFileDoesNotSign() {
        Person me = fixtures.person("许强", 45);
        Person spouse = fixtures.person("何丽", 44);
        String token = coSigningToken(me, spouse, "SPOUSE");

        String loginCode = new PhoneLogins(api, outbox).requestCode(spouse.phone());

        assertThat(api.post("/api/v1/authorizations/" + token, IntakeFixtures.coSignature(spouse, loginCode))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMemberWithoutAPhoneOnFileIsToldToSignInPerson() {
        Person me = fixtures.person("杨军", 45);
        Person parent = fixtures.unregistered("杨父", 70);
        String token = coSigningToken(me, parent, "PARENT");

        HttpApi.Answer sent = api.post("/api/v1/authorizations/" + token + "/sms-code", Map.of());

        assertThat(sent.status()).as(sent.toString()).isEqualTo(409);
        assertThat(sent.json().get("type").asString()).endsWith("/no-phone-on-file");
    }

    @Test
    void aMinorNephewWithAPhoneOnFileCannotSignForHimselfAGuardianSignsInPerson() {
        Person me = fixtures.person("黄伟", 45);
        Person nephew = fixtures.person("黄小龙", 15);
        HttpApi resident = fixtures.logIn(me);
        HttpApi.Answer filed = IntakeFixtures.submit(
                resident,
                ApplicationForms.withMembers(me, IntakeFixtures.uploadPhoto(resident), nephew.member("OTHER")));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String applicationId = filed.json().get("id").asString();
        String token =
                IntakeFixtures.tokenOf(filed.json().get("pendingAuthorizations").get(0));

        JsonNode view = api.get("/api/v1/authorizations/" + token).json();
        assertThat(view.get("guardianRequired").asBoolean())
                .as("the page says so before the minor tries")
                .isTrue();
        assertThat(view.get("memberRelation").asString()).isEqualTo("OTHER");
        HttpApi.Answer sent = api.post("/api/v1/authorizations/" + token + "/sms-code", Map.of());
        HttpApi.Answer signed = api.post(
                "/api/v1/authorizations/" + token,
                IntakeFixtures.coSignature(nephew, new PhoneLogins(api, outbox).requestCode(nephew.phone())));

        HttpApi.Answer declined = api.post("/api/v1/authorizations/" + token + "/refuse", Map.of("reason", "不想签"));

        for (HttpApi.Answer refused : java.util.List.of(sent, signed, declined)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("type").asString()).endsWith("/guardian-required");
            assertThat(refused.json().get("detail").asString()).contains("监护人").contains("社区工作人员");
        }
        assertThat(outbox.messagesTo(nephew.phone()))
                .as("no co-signing code went to the minor's phone (only the login code asked for above)")
                .allSatisfy(m -> assertThat(m.text()).doesNotContain("授权书"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM authorization_record WHERE application_id = ? AND member_seq = 1",
                        Integer.class,
                        applicationId))
                .isZero();
        assertThat(api.get("/api/v1/authorizations/" + token).status())
                .as("the link stays open for the guardian before the community worker")
                .isEqualTo(200);
    }

    @Test
    void aLinkIsVoidAfterFiveFailedTries() {
        Person me = fixtures.person("钱进", 45);
        Person spouse = fixtures.person("孙梅", 44);
        String token = coSigningToken(me, spouse, "SPOUSE");
        Person impostor = new Person(spouse.name(), fixtures.person("孙梅", 44).idNumber(), spouse.phone());

        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/authorizations/" + token, IntakeFixtures.coSignature(impostor, "123456"))
                            .status())
                    .isEqualTo(403);
        }

        assertThat(api.get("/api/v1/authorizations/" + token).status()).isEqualTo(410);
    }

    @Test
    void aDisabledOrMovedWorkerLosesItsFilingsAtOnce() {
        IntakeFixtures.Worker worker = fixtures.worker(IntakeFixtures.QIXINGGANG);
        Person applicant = fixtures.person("蒋华", 60);
        HttpApi.Answer filed = IntakeFixtures.submit(
                worker.api(), ApplicationForms.single(applicant, IntakeFixtures.uploadPhoto(worker.api())));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(jdbc.queryForObject("SELECT identity_check FROM application WHERE id = ?", String.class, id))
                .isEqualTo("ID_CARD_IN_PERSON");
        assertThat(worker.api().get("/api/v1/applications/" + id).status()).isEqualTo(200);

        fixtures.changeWorker(worker.phone(), true, IntakeFixtures.JIANGBEI);
        assertThat(worker.api().get("/api/v1/applications/" + id).status())
                .as("moved")
                .isEqualTo(404);
        assertThat(worker.api().get("/api/v1/applications").json()).isEmpty();

        fixtures.changeWorker(worker.phone(), false, IntakeFixtures.QIXINGGANG);
        assertThat(worker.api().get("/api/v1/applications/" + id).status())
                .as("disabled")
                .isEqualTo(404);
        HttpApi asResident = api.as(new PhoneLogins(api, outbox).logIn(worker.phone()));
        assertThat(asResident.get("/api/v1/applications/" + id).status())
                .as("the same phone as a resident")
                .isEqualTo(404);
        assertThat(asResident.get("/api/v1/applications").json()).isEmpty();
    }

    /** {@code me} logs in and files with {@code member} as {@code relation}; the member's co-signing token. */
    private String coSigningToken(Person me, Person member, String relation) {
        HttpApi resident = fixtures.logIn(me);
        HttpApi.Answer filed = IntakeFixtures.submit(
                resident,
                ApplicationForms.withMembers(me, IntakeFixtures.uploadPhoto(resident), member.member(relation)));
        return IntakeFixtures.tokenOf(filed.json().get("pendingAuthorizations").get(0));
    }
}
