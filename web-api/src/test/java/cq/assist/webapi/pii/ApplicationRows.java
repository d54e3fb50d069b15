package cq.assist.webapi.pii;

import cq.assist.core.pii.PiiCipher;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts a filed application with two members straight into the intake tables, for staff-side tests. */
public final class ApplicationRows {

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    public ApplicationRows(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** An application in {@code communityCode}; member 1's ID number is {@link Filed#memberIdNumber()}. */
    public Filed inCommunity(String communityCode) {
        String id = UUID.randomUUID().toString();
        String applicantId = randomIdNumber();
        String memberId = randomIdNumber();
        jdbc.update(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes_enc, id_card_file_id,"
                        + " submitted_at, create_by) VALUES (?, ?, 'IN_REVIEW', 'SELF', 'it', '测试甲', ?, ?, ?, ?, ?, ?,"
                        + " FALSE, 0, ?, 'file-it', ?, 'it')",
                id,
                "IT" + id.substring(0, 8),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_ID_NUMBER, id, applicantId),
                cipher.blindIndex(applicantId),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_PHONE, id, "13900009999"),
                cipher.blindIndex("13900009999"),
                communityCode,
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_ADDRESS, id, "测试地址"),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_HARDSHIP_CAUSES, id, "ILLNESS"),
                Timestamp.from(Instant.now()));
        member(id, 0, "SELF", applicantId);
        member(id, 1, "SPOUSE", memberId);
        return new Filed(id, memberId);
    }

    /**
     * Adds an item case in play at {@code step} (null: none open) with {@code reasons}, its department the
     * item's {@code departmentKind} at the community's district; returns the case id.
     */
    public String caseAt(
            Filed filed,
            String communityCode,
            String itemCode,
            String departmentKind,
            String step,
            String status,
            String reasons) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, current_step, reasons, household_key, active_key, create_by, create_time)"
                        + " VALUES (?, ?, ?, 'APPLY', 'ASSESSMENT', ?, ?, ?, ?, ?, ?, ?, 'it', ?)",
                id,
                filed.applicationId(),
                itemCode,
                departmentKind + "@" + communityCode.substring(0, 6),
                communityCode,
                status,
                step,
                reasons,
                "hh-" + id.substring(0, 8),
                "hh-" + id.substring(0, 8),
                Timestamp.from(Instant.now()));
        return id;
    }

    /** Records that a case passed {@code step} (an event, as a decision there would). */
    public void passed(String caseId, String step, String decision) {
        jdbc.update(
                "INSERT INTO item_case_event (case_id, step, decision, actor, event_time) VALUES (?, ?, ?, 'it', ?)",
                caseId,
                step,
                decision,
                Timestamp.from(Instant.now()));
    }

    /** Adds {@code count} more members (children) to the application after its first two. */
    public void moreMembers(Filed filed, int count) {
        for (int i = 0; i < count; i++) {
            member(filed.applicationId(), 2 + i, "CHILD", randomIdNumber());
        }
    }

    private void member(String applicationId, int seq, String relation, String idNumber) {
        jdbc.update(
                "INSERT INTO household_member (application_id, seq, name, id_number_enc, id_number_hash, relation,"
                        + " birth_date, requires_authorization) VALUES (?, ?, '测试乙', ?, ?, ?, ?, FALSE)",
                applicationId,
                seq,
                cipher.encrypt(
                        cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                        cq.assist.core.pii.PiiField.rowKey(applicationId, seq),
                        idNumber),
                cipher.blindIndex(idNumber),
                relation,
                LocalDate.of(1980, 1, 1));
    }

    private static String randomIdNumber() {
        return "500103198001"
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** The application's id and its second member's (seq 1) ID number. */
    public record Filed(String applicationId, String memberIdNumber) {}
}
