package cq.assist.webapi.charity;

import cq.assist.core.charityrequest.RequestingCharityHelp;
import cq.assist.core.intake.Filer;
import cq.assist.core.pii.PiiCipher;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff-side charity fixtures: a project of one organisation with a small fund, and applications filed
 * straight into the intake tables with that project among their matches; requests go through the real
 * {@link RequestingCharityHelp} with the resident's consent.
 */
final class CharityFixtures {

    static final String COMMUNITY = "500103001001";

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;
    private final RequestingCharityHelp requesting;

    CharityFixtures(JdbcTemplate jdbc, PiiCipher cipher, RequestingCharityHelp requesting) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.requesting = requesting;
    }

    /** A new active ILLNESS project of {@code orgCode}; returns its id. Money in yuan. */
    String project(String orgCode, BigDecimal fund, BigDecimal perPersonCap) {
        String id = "IT-" + UUID.randomUUID().toString().substring(0, 20);
        jdbc.update(
                "INSERT INTO charity_project (id, org_code, name, description, causes, region_codes, requires_dibao,"
                        + " requires_low_income, min_medical_expenses, fund_total, fund_remaining, per_person_cap,"
                        + " active, made_up) VALUES (?, ?, ?, '测试项目', 'ILLNESS', '500000', FALSE, FALSE, 1000, ?, ?,"
                        + " ?, TRUE, TRUE)",
                id,
                orgCode,
                "测试大病项目" + id.substring(3, 9),
                fund,
                fund,
                perPersonCap);
        return id;
    }

    /** An application of a fresh resident account with {@code projectId} matched; returns it. */
    Filed application(String projectId) {
        String id = UUID.randomUUID().toString();
        String account = "it-resident-" + UUID.randomUUID();
        String idNumber = "500103198001"
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        jdbc.update(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes_enc, id_card_file_id,"
                        + " submitted_at, create_by) VALUES (?, ?, 'IN_REVIEW', 'SELF', ?, '测试慈善', ?, ?, ?, ?, ?, ?,"
                        + " FALSE, 0, ?, 'file-it', ?, 'it')",
                id,
                "CH" + id.substring(0, 8),
                account,
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_ID_NUMBER, id, idNumber),
                cipher.blindIndex(idNumber),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_PHONE, id, phone),
                cipher.blindIndex(phone),
                COMMUNITY,
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_ADDRESS, id, "测试地址"),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_HARDSHIP_CAUSES, id, "ILLNESS"),
                Timestamp.from(Instant.now()));
        jdbc.update(
                "INSERT INTO household_member (application_id, seq, name, id_number_enc, id_number_hash, relation,"
                        + " birth_date, requires_authorization) VALUES (?, 0, '测试慈善', ?, ?, 'SELF', ?, FALSE)",
                id,
                cipher.encrypt(
                        cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                        cq.assist.core.pii.PiiField.rowKey(id, 0),
                        idNumber),
                cipher.blindIndex(idNumber),
                LocalDate.of(1980, 1, 1));
        jdbc.update(
                "INSERT INTO application_charity_match (application_id, rank_no, project_id, name, organisation, score,"
                        + " reasons, create_time) VALUES (?, 0, ?, '测试大病项目', '测试机构', 10, '[\"因病致困\"]', ?)",
                id,
                projectId,
                Timestamp.from(Instant.now()));
        return new Filed(id, account, phone, cipher.blindIndex(idNumber));
    }

    /** The resident of {@code filed} asks the project with consent; returns the request id. */
    String request(Filed filed, String projectId) {
        return requesting
                .request(Filer.resident(filed.account()), filed.applicationId(), projectId, true, null)
                .id();
    }

    /** The resident withdraws its consent to share the request's data, as {@code DELETE} in mobile-api does. */
    void withdrawConsent(Filed filed, String requestId) {
        requesting.withdrawConsent(Filer.resident(filed.account()), requestId);
    }

    /**
     * An open TEMP_AID case of the application's household at the district civil-affairs office's review,
     * as the fan-out would open it (so that office's staff may read the application).
     */
    void openTemporaryAid(Filed filed) {
        openItem(filed, "TEMP_AID", "CIVIL_AFFAIRS@500103");
    }

    /** Opens an item case of the application in review at the department's DEPARTMENT_REVIEW step. */
    void openItem(Filed filed, String itemCode, String departmentCode) {
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code, status,"
                        + " current_step, household_key, active_key, create_by, create_time) VALUES (?, ?, ?,"
                        + " 'APPLY', 'ASSESSMENT', ?, ?, 'IN_REVIEW', 'DEPARTMENT_REVIEW', ?, ?, 'it', ?)",
                UUID.randomUUID().toString(),
                filed.applicationId(),
                itemCode,
                departmentCode,
                COMMUNITY,
                filed.householdKey(),
                filed.householdKey(),
                Timestamp.from(Instant.now()));
    }

    /** A filed application: its id, its resident account, the applicant's phone and household key. */
    record Filed(String applicationId, String account, String phone, String householdKey) {}
}
