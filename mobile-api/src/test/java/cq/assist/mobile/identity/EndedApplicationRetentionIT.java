package cq.assist.mobile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.casework.ReadingForStaff;
import cq.assist.core.casework.StaffApplication;
import cq.assist.core.casework.StaffScope;
import cq.assist.core.check.RegistryStaging;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationForms.Person;
import cq.assist.core.login.Roles;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.retention.EndedApplicationRetention;
import cq.assist.core.time.BusinessClock;
import cq.assist.mobile.support.IntakeFixtures;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.RawRows;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7, review M11: a withdrawn application past its retention period (the default three years: the test moves
 * this application's own times four years back, so the job finds nothing else of the shared test database due and
 * no other test's data changes) is anonymised by the retention job: the resident still reads it (no 500, {@code anonymisedAt} set, name masked), staff read it with no ID
 * number or phone, and no row of it holds a ciphertext, blind index, file, snapshot or message any more; the
 * audit log has the event with counts only. An application still in review is left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class EndedApplicationRetentionIT {

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
    EndedApplicationRetention retention;

    @Autowired
    ReadingForStaff reading;

    @Test
    void aWithdrawnApplicationPastItsPeriodIsAnonymisedAndStillReadsForItsResidentAndStaff() throws Exception {
        IntakeFixtures fixtures = new IntakeFixtures(new HttpApi(port), outbox, clock, jdbc, registry, cipher);
        Person me = fixtures.person("欧阳春", 52);
        HttpApi resident = fixtures.logIn(me);
        String id = file(resident, me);
        eventually(() -> !List.of("CHECKING", "AWAITING_AUTHORIZATION").contains(status(resident, id)));
        HttpApi.Answer payee = resident.put(
                "/api/v1/applications/" + id + "/payee-account",
                Map.of("accountNumber", "6214830000123456789", "bankName", "重庆农村商业银行"));
        assertThat(payee.status()).as(payee.toString()).isEqualTo(200);
        HttpApi.Answer withdrawn =
                resident.post("/api/v1/applications/" + id + "/withdraw", Map.of("reason", "家里情况好转了"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        Person other = fixtures.person("司马秋", 48);
        HttpApi otherResident = fixtures.logIn(other);
        String stillOpen = file(otherResident, other);
        String cardFile = jdbc.queryForObject("SELECT id_card_file_id FROM application WHERE id = ?", String.class, id);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM household_snapshot WHERE application_id = ?", Integer.class, id))
                .as("the check ran before the withdrawal")
                .isEqualTo(1);

        reachedByTheDistrict(id);

        retention.run();
        assertThat(anonymisedAt(id)).as("not yet: withdrawn today").isNull();

        endedYearsAgo(id, Duration.ofDays(4 * 366));
        EndedApplicationRetention.Result result = retention.run();

        assertThat(result.applications()).isGreaterThanOrEqualTo(1);
        assertThat(anonymisedAt(id)).isNotNull();
        assertThat(anonymisedAt(stillOpen))
                .as("an application in review keeps its data")
                .isNull();

        JsonNode view = resident.get("/api/v1/applications/" + id).json();
        assertThat(view.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(view.path("anonymisedAt").isNull()
                        || view.path("anonymisedAt").isMissingNode())
                .as("anonymisedAt shown")
                .isFalse();
        assertThat(view.get("timeline")).isNotEmpty();
        assertThat(resident.get("/api/v1/applications").json())
                .anySatisfy(a -> assertThat(a.get("id").asString()).isEqualTo(id));
        assertThat(resident.get("/api/v1/applications/" + stillOpen).status())
                .as("another resident's application stays theirs")
                .isEqualTo(404);
        JsonNode open = otherResident.get("/api/v1/applications/" + stillOpen).json();
        assertThat(open.path("anonymisedAt").isNull()
                        || open.path("anonymisedAt").isMissingNode())
                .isTrue();

        StaffApplication staff = reading.read(
                id,
                new StaffScope(
                        "it-retention",
                        Set.of(Roles.DISTRICT_APPROVER),
                        "CIVIL_AFFAIRS@500103",
                        "CIVIL_AFFAIRS",
                        "500103"));
        assertThat(staff.anonymisedAt()).isNotNull();
        assertThat(staff.applicantIdNumber()).isNull();
        assertThat(staff.applicantPhone()).isNull();
        assertThat(staff.applicantName()).startsWith("欧").doesNotContain("阳春");
        assertThat(staff.items()).isNotEmpty();

        Map<String, Object> app = jdbc.queryForMap("SELECT * FROM application WHERE id = ?", id);
        for (String column : List.of(
                "applicant_id_number_enc",
                "applicant_id_number_hash",
                "applicant_phone_enc",
                "applicant_phone_hash",
                "address_enc",
                "hardship_causes_enc",
                "narrative_enc",
                "id_card_file_id",
                "payee_account_enc",
                "payee_bank")) {
            assertThat(app.get(column)).as(column).isNull();
        }
        RawRows.assertNoneHolds(jdbc, "application", "id = ?", id, me.name(), me.idNumber(), me.phone());
        RawRows.assertNoneHolds(
                jdbc, "household_member", "application_id = ?", id, me.name(), me.idNumber(), me.phone());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM household_member WHERE application_id = ? AND (id_number_enc IS NOT NULL"
                                + " OR id_number_hash IS NOT NULL OR phone_enc IS NOT NULL OR phone_hash IS NOT NULL"
                                + " OR health_enc IS NOT NULL)",
                        Integer.class,
                        id))
                .isZero();
        assertThat(count("household_snapshot", id)).isZero();
        assertThat(count("in_app_message", id)).isZero();
        assertThat(count("authorization_token", id)).isZero();
        assertThat(count("household_claim", id)).isZero();
        assertThat(count("idempotency_key", id)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_file WHERE id = ?", Integer.class, cardFile))
                .isZero();
        assertThat(jdbc.queryForList("SELECT household_key FROM item_case WHERE application_id = ?", String.class, id))
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k).isEqualTo(EndedApplicationRetention.UNLINKED + id));
        List<String> purposes = jdbc.queryForList(
                "SELECT purpose FROM audit_log WHERE action_code = 'ANONYMISE_APPLICATION' AND subject_id = ?",
                String.class,
                id);
        assertThat(purposes).singleElement().satisfies(p -> assertThat(p)
                .contains("members 1")
                .doesNotContain(me.name())
                .doesNotContain(me.idNumber()));

        assertThat(retention.run().applications())
                .as("nothing left to do for it")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action_code = 'ANONYMISE_APPLICATION' AND subject_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    /**
     * Staff read an application only through a step their office reached: a 低保 case of the district's civil
     * affairs with a decision step recorded now (before the clock moves), as a district approver's would be.
     */
    private void reachedByTheDistrict(String id) {
        List<String> civil = jdbc.queryForList(
                "SELECT id FROM item_case WHERE application_id = ? AND department_code = 'CIVIL_AFFAIRS@500103'",
                String.class,
                id);
        String caseId;
        if (civil.isEmpty()) {
            caseId = java.util.UUID.randomUUID().toString();
            jdbc.update(
                    "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                            + " status, household_key, create_by, create_time) VALUES (?, ?, 'DIBAO', 'APPLY',"
                            + " 'ASSESSMENT', 'CIVIL_AFFAIRS@500103', ?, 'NOT_ELIGIBLE', 'it-retention', 'it', ?)",
                    caseId,
                    id,
                    ApplicationForms.COMMUNITY,
                    java.sql.Timestamp.from(clock.now()));
        } else {
            caseId = civil.get(0);
        }
        jdbc.update(
                "INSERT INTO item_case_event (case_id, step, decision, actor, event_time)"
                        + " VALUES (?, 'DISTRICT_DECISION', 'REJECT', 'it', ?)",
                caseId,
                java.sql.Timestamp.from(clock.now()));
    }

    /** Moves every time the retention rule reads of this application back by {@code by}. */
    private void endedYearsAgo(String id, Duration by) {
        long seconds = by.toSeconds();
        jdbc.update(
                "UPDATE application SET submitted_at = submitted_at - INTERVAL ? SECOND,"
                        + " closed_at = closed_at - INTERVAL ? SECOND WHERE id = ?",
                seconds,
                seconds,
                id);
        jdbc.update(
                "UPDATE application_event SET event_time = event_time - INTERVAL ? SECOND WHERE application_id = ?",
                seconds,
                id);
        jdbc.update(
                "UPDATE item_case_event SET event_time = event_time - INTERVAL ? SECOND"
                        + " WHERE case_id IN (SELECT id FROM item_case WHERE application_id = ?)",
                seconds,
                id);
    }

    private String file(HttpApi resident, Person person) {
        HttpApi.Answer filed =
                IntakeFixtures.submit(resident, ApplicationForms.single(person, IntakeFixtures.uploadPhoto(resident)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private Object anonymisedAt(String id) {
        return jdbc.queryForObject("SELECT anonymised_at FROM application WHERE id = ?", Object.class, id);
    }

    private int count(String table, String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE application_id = ?", Integer.class, id);
    }

    private static String status(HttpApi as, String id) {
        return as.get("/api/v1/applications/" + id).json().get("status").asString();
    }

    private static void eventually(BooleanSupplier probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!probe.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(until);
            Thread.sleep(250);
        }
    }
}
