package cq.assist.mobile.pii;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.pii.PiiProperties;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.web.test.HttpApi;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7 / review M10: the blind-index key rotates. This app runs with index key 1 active (key 0 still
 * configured, as every node has it while rows indexed under it are kept); rows written before the rotation
 * (under version 0) are still found: the phone's account logs in as the same account, the registry's record of
 * the person serves the real-name check, the person's filing is indexed under version 1 and visible to it, and
 * a household claimed under version 0 by an open application still covers its member.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "assist.test.context=index-key-1",
            "assist.pii.index-keys.1=BQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU=",
            "assist.pii.active-index-key=1"
        })
class BlindIndexRotationIT {

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

    @Autowired
    PiiProperties properties;

    /** The cipher as a node had it before the rotation: index key 0 only. */
    private PiiCipher before() {
        return new PiiCipher(new PiiProperties(properties.key(), properties.indexKey(), properties.recordKey()));
    }

    @Test
    void anAccountAndARegistryRecordIndexedBeforeTheRotationAreFoundAfterIt() {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.unregistered("韩冰", 40);
        PiiCipher before = before();
        String idHash0 = before.blindIndex(me.idNumber());
        jdbc.update(
                "INSERT INTO registry_person (id_number_hash, id_number_enc, name, phone_enc, phone_hash)"
                        + " VALUES (?, ?, ?, ?, ?)",
                idHash0,
                before.encrypt(PiiField.REGISTRY_ID_NUMBER, idHash0, me.idNumber()),
                me.name(),
                before.encrypt(PiiField.REGISTRY_PHONE, idHash0, me.phone()),
                before.blindIndex(me.phone()));
        String phoneHash0 = before.blindIndex(me.phone());
        jdbc.update(
                "INSERT INTO mobile_account (phone_hash, phone_enc) VALUES (?, ?)",
                phoneHash0,
                before.encrypt(PiiField.ACCOUNT_PHONE, phoneHash0, me.phone()));
        Long accountId =
                jdbc.queryForObject("SELECT id FROM mobile_account WHERE phone_hash = ?", Long.class, phoneHash0);
        assertThat(cipher.blindIndex(me.phone())).startsWith("v01").isNotEqualTo(phoneHash0);

        String token = new PhoneLogins(api, outbox).logIn(me.phone());

        assertThat(PhoneLogins.claims(token).get("sub").asString())
                .as("the phone's account from before the rotation, not a new one")
                .isEqualTo(accountId.toString());
        HttpApi resident = api.as(token);
        HttpApi.Answer bound =
                resident.post("/api/v1/me/real-name", Map.of("name", me.name(), "idNumber", me.idNumber()));
        assertThat(bound.status())
                .as("the registry's record from before the rotation serves the real-name check: " + bound)
                .isEqualTo(200);
        HttpApi.Answer filed =
                IntakeFixtures.submit(resident, ApplicationForms.single(me, IntakeFixtures.uploadPhoto(resident)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(jdbc.queryForObject(
                        "SELECT id_number_hash FROM household_member WHERE application_id = ? AND seq = 0",
                        String.class,
                        id))
                .as("new rows are indexed under the active version")
                .startsWith("v01");
        assertThat(resident.get("/api/v1/applications/" + id).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM registry_person WHERE id_number_hash IN (?, ?)",
                        Integer.class,
                        idHash0,
                        cipher.blindIndex(me.idNumber())))
                .as("one registry record of the person")
                .isEqualTo(1);
    }

    @Test
    void aHouseholdClaimedBeforeTheRotationIsStillCovered() {
        HttpApi api = new HttpApi(port);
        IntakeFixtures fixtures = new IntakeFixtures(api, outbox, clock, jdbc, registry, cipher);
        Person wife = fixtures.person("韩雪", 38);
        Person me = fixtures.person("韩松", 40);
        PiiCipher before = before();
        String earlier = UUID.randomUUID().toString();
        String number = "IK" + earlier.substring(0, 8);
        jdbc.update(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes_enc, id_card_file_id,"
                        + " submitted_at, create_by) VALUES (?, ?, 'IN_REVIEW', 'SELF', 'it', ?, ?, ?, ?, ?,"
                        + " '500103001001', ?, FALSE, 0, NULL, 'file-it', ?, 'it')",
                earlier,
                number,
                wife.name(),
                before.encrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, earlier, wife.idNumber()),
                before.blindIndex(wife.idNumber()),
                before.encrypt(PiiField.APPLICATION_APPLICANT_PHONE, earlier, wife.phone()),
                before.blindIndex(wife.phone()),
                before.encrypt(PiiField.APPLICATION_ADDRESS, earlier, "测试地址"),
                Timestamp.from(Instant.now()));
        jdbc.update(
                "INSERT INTO household_member (application_id, seq, name, id_number_enc, id_number_hash, relation,"
                        + " birth_date, requires_authorization) VALUES (?, 0, ?, ?, ?, 'SELF', ?, FALSE)",
                earlier,
                wife.name(),
                before.encrypt(PiiField.MEMBER_ID_NUMBER, PiiField.rowKey(earlier, 0), wife.idNumber()),
                before.blindIndex(wife.idNumber()),
                LocalDate.of(1988, 1, 1));
        // the husband is in it too (his claim was released): the one who files again may be told its number
        jdbc.update(
                "INSERT INTO household_member (application_id, seq, name, id_number_enc, id_number_hash, relation,"
                        + " birth_date, requires_authorization) VALUES (?, 1, ?, ?, ?, 'SPOUSE', ?, TRUE)",
                earlier,
                me.name(),
                before.encrypt(PiiField.MEMBER_ID_NUMBER, PiiField.rowKey(earlier, 1), me.idNumber()),
                before.blindIndex(me.idNumber()),
                LocalDate.of(1986, 1, 1));
        jdbc.update(
                "INSERT INTO household_claim (id_number_hash, application_id, create_by) VALUES (?, ?, 'it')",
                before.blindIndex(wife.idNumber()),
                earlier);
        HttpApi resident = fixtures.logIn(me);

        HttpApi.Answer again = IntakeFixtures.submit(
                resident,
                ApplicationForms.withMembers(me, IntakeFixtures.uploadPhoto(resident), wife.member("SPOUSE")));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/household-already-covered");
        assertThat(again.json().get("applicationNo").asString())
                .as("a member of the covering application indexed under version 0 is told its number")
                .isEqualTo(number);
    }
}
