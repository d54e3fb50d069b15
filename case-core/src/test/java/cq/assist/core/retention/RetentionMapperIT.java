package cq.assist.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.testdb.MariaDb;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link RetentionMapper} on MariaDB: which ended applications are due (ended and quiet before the cutoff, no
 * grant in force or ended after it, nothing open), the claim that only one node wins, and the statements that
 * clear an application's personal columns and unlink its household's blind index.
 */
class RetentionMapperIT {

    private static final Instant NOW = Instant.parse("2099-06-01T02:00:00Z");
    private static final Instant CUTOFF = Instant.parse("2096-06-01T02:00:00Z");
    private static final LocalDate CUTOFF_DATE = LocalDate.of(2096, 6, 1);
    private static final Instant LONG_AGO = Instant.parse("2095-01-10T02:00:00Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final List<String> ids = new ArrayList<>();
    private SqlSession session;
    private RetentionMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(RetentionMapper.class);
        mapper = session.getMapper(RetentionMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        for (String id : ids) {
            jdbc.update("DELETE FROM item_grant WHERE application_id = ?", id);
            jdbc.update(
                    "DELETE FROM home_visit WHERE case_id IN (SELECT id FROM item_case WHERE application_id = ?)", id);
            jdbc.update("DELETE FROM item_case WHERE application_id = ?", id);
            jdbc.update("DELETE FROM household_member WHERE application_id = ?", id);
            jdbc.update("DELETE FROM application_event WHERE application_id = ?", id);
            jdbc.update("DELETE FROM application WHERE id = ?", id);
        }
    }

    @Test
    void anEndedApplicationPastThePeriodIsDueButNotARecentOneNorOneWithAGrantInForce() {
        String withdrawn = application("WITHDRAWN", LONG_AGO);
        String recent = application("EXPIRED", NOW.minusSeconds(86_400));
        String inReview = application("IN_REVIEW", null);
        String granted = application("CLOSED", LONG_AGO);
        itemCase(granted, "GRANTED", true);
        grant(granted, null);
        String grantEndedLongAgo = application("CLOSED", LONG_AGO);
        itemCase(grantEndedLongAgo, "GRANTED", false);
        grant(grantEndedLongAgo, LocalDate.of(2095, 12, 31));
        String grantEndedLately = application("CLOSED", LONG_AGO);
        itemCase(grantEndedLately, "GRANTED", false);
        grant(grantEndedLately, LocalDate.of(2097, 1, 31));
        String lateEvent = application("CLOSED", LONG_AGO);
        jdbc.update(
                "INSERT INTO application_event (application_id, event_time, event_code, actor_kind) VALUES (?, ?,"
                        + " 'OBJECTION', 'STAFF')",
                lateEvent,
                Timestamp.from(NOW.minusSeconds(3_600)));

        List<String> due = mapper.selectDue(CUTOFF, CUTOFF_DATE, 100_000);

        assertThat(due).contains(withdrawn, grantEndedLongAgo);
        assertThat(due).doesNotContain(recent, inReview, granted, grantEndedLately, lateEvent);
    }

    @Test
    void onlyOneClaimWinsAndTheStatementsClearEveryPersonalColumn() {
        String id = application("WITHDRAWN", LONG_AGO);
        String caseId = itemCase(id, "REJECTED", false);
        jdbc.update(
                "INSERT INTO household_member (application_id, seq, name, id_number_enc, id_number_hash, relation,"
                        + " phone_enc, phone_hash, birth_date, health_enc, requires_authorization)"
                        + " VALUES (?, 0, '张三丰', x'E201', ?, 'SELF', x'E202', ?, '1958-07-21', x'E203', FALSE)",
                id,
                "m" + id.substring(0, 20),
                "p" + id.substring(0, 20));
        jdbc.update(
                "INSERT INTO home_visit (case_id, worker_account, findings_enc, recommendation, photo_file_ids,"
                        + " location_enc, visited_at) VALUES (?, 'w', x'E204', 'SUPPORT', 'f1,f2', x'E205', ?)",
                caseId,
                Timestamp.from(LONG_AGO));

        assertThat(mapper.claim(id, CUTOFF, CUTOFF_DATE, NOW)).isEqualTo(1);
        assertThat(mapper.claim(id, CUTOFF, CUTOFF_DATE, NOW))
                .as("a second node")
                .isZero();
        assertThat(mapper.selectDue(CUTOFF, CUTOFF_DATE, 100_000)).doesNotContain(id);
        assertThat(mapper.selectFileReferences(id)).containsExactlyInAnyOrder("card-" + id.substring(0, 8), "f1,f2");

        mapper.anonymiseApplication(id, "张*");
        assertThat(mapper.selectMembers(id))
                .containsExactly(new RetentionMapper.Member(0, "张三丰", LocalDate.of(1958, 7, 21)));
        mapper.anonymiseMember(id, 0, "张**", LocalDate.of(1958, 1, 1));
        assertThat(mapper.anonymiseVisits(id)).isEqualTo(1);
        assertThat(mapper.unlinkItemCases(id, EndedApplicationRetention.UNLINKED + id))
                .isEqualTo(1);

        Map<String, Object> app = jdbc.queryForMap("SELECT * FROM application WHERE id = ?", id);
        assertThat(app.get("applicant_name")).isEqualTo("张*");
        assertThat(app.get("anonymised_at")).isNotNull();
        for (String column : List.of(
                "applicant_id_number_enc",
                "applicant_id_number_hash",
                "applicant_phone_enc",
                "applicant_phone_hash",
                "address_enc",
                "hardship_causes_enc",
                "narrative_enc",
                "id_card_file_id")) {
            assertThat(app.get(column)).as(column).isNull();
        }
        assertThat(app.get("status")).isEqualTo("WITHDRAWN");
        assertThat(app.get("community_code")).isEqualTo("500103001001");
        Map<String, Object> member = jdbc.queryForMap("SELECT * FROM household_member WHERE application_id = ?", id);
        assertThat(member.get("name")).isEqualTo("张**");
        assertThat(member.get("birth_date").toString()).isEqualTo("1958-01-01");
        for (String column : List.of("id_number_enc", "id_number_hash", "phone_enc", "phone_hash", "health_enc")) {
            assertThat(member.get(column)).as(column).isNull();
        }
        Map<String, Object> visit = jdbc.queryForMap("SELECT * FROM home_visit WHERE case_id = ?", caseId);
        assertThat(visit.get("findings_enc")).isNull();
        assertThat(visit.get("location_enc")).isNull();
        assertThat(visit.get("photo_file_ids")).isNull();
        assertThat(jdbc.queryForObject("SELECT household_key FROM item_case WHERE id = ?", String.class, caseId))
                .isEqualTo("anonymised:" + id);
    }

    private String application(String status, Instant closedAt) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        jdbc.update(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes_enc, narrative_enc,"
                        + " id_card_file_id, submitted_at, closed_at, create_by) VALUES (?, ?, ?, 'SELF', 'acc',"
                        + " '张三', x'E211', ?, x'E212', ?, '500103001001', x'E213', FALSE, 0, x'E214', x'E215', ?, ?,"
                        + " ?, 'it')",
                id,
                "RT" + id.substring(0, 13),
                status,
                "i" + id.substring(0, 20),
                "p" + id.substring(0, 20),
                "card-" + id.substring(0, 8),
                Timestamp.from(LONG_AGO.minusSeconds(86_400)),
                closedAt == null ? null : Timestamp.from(closedAt));
        return id;
    }

    private String itemCase(String applicationId, String status, boolean active) {
        String id = UUID.randomUUID().toString();
        String key = "h" + applicationId.substring(0, 20);
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, household_key, active_key, create_by, create_time) VALUES (?, ?, 'DIBAO', 'APPLY',"
                        + " 'ASSESSMENT', 'CIVIL_AFFAIRS@500103', '500103001001', ?, ?, ?, 'it', ?)",
                id,
                applicationId,
                status,
                key,
                active ? key : null,
                Timestamp.from(LONG_AGO));
        return id;
    }

    private void grant(String applicationId, LocalDate endsOn) {
        String caseId =
                jdbc.queryForObject("SELECT id FROM item_case WHERE application_id = ?", String.class, applicationId);
        jdbc.update(
                "INSERT INTO item_grant (case_id, application_id, item_code, amount, starts_on, granted_by, granted_at,"
                        + " ends_on) VALUES (?, ?, 'DIBAO', 800, '2095-02-01', 'it', ?, ?)",
                caseId,
                applicationId,
                Timestamp.from(LONG_AGO),
                endsOn == null ? null : java.sql.Date.valueOf(endsOn));
    }
}
