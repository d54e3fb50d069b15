package cq.assist.web.test;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import cq.assist.core.rules.Relation;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monitored households for integration tests: a one-person urban household whose only income is a wage,
 * every other fact checked and zero, put under monitoring with its snapshot sealed as the economic check
 * seals it; optionally holding a granted item (an item case with the household key).
 */
public final class MonitoredHouseholdFixtures {

    private static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;
    private final SnapshotCodec codec;

    public MonitoredHouseholdFixtures(JdbcTemplate jdbc, SnapshotCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** A household in {@code community}, monitored since {@code since}; returns it (key and application id). */
    public Household monitored(String community, BigDecimal monthlyWage, Instant since) {
        String key = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        String applicationId = UUID.randomUUID().toString();
        HouseholdSnapshot snapshot = new HouseholdSnapshot(
                applicationId,
                community,
                true,
                new Housing(false, BigDecimal.ZERO),
                Set.of(),
                false,
                "m1",
                List.of(new Member(
                        "m1",
                        "测*",
                        Relation.SELF,
                        LocalDate.of(1980, 5, 1),
                        Employment.EMPLOYED,
                        false,
                        null,
                        facts(monthlyWage))),
                Set.of());
        jdbc.update(
                "INSERT INTO monitored_household (household_key, application_id, community_code, since, next_review_on,"
                        + " facts_enc) VALUES (?, ?, ?, ?, ?, ?)",
                key,
                applicationId,
                community,
                Timestamp.from(since),
                LocalDate.of(2099, 1, 1),
                codec.seal(applicationId, snapshot));
        return new Household(key, applicationId, community);
    }

    /** The household holds {@code itemCode} granted with {@code amount} (yuan per month); returns the case id. */
    public String granted(Household household, String itemCode, BigDecimal amount) {
        String caseId = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code, status,"
                        + " reasons, amount, decided_at, decided_by, household_key, active_key, create_by, create_time)"
                        + " VALUES (?, ?, ?, 'APPLY', 'ASSESSMENT', ?, ?, 'GRANTED', '[]', ?, ?, 'it', ?, ?, 'it', ?)",
                caseId,
                household.applicationId(),
                itemCode,
                "CIVIL_AFFAIRS@" + household.community().substring(0, 6),
                household.community(),
                amount,
                now,
                household.key(),
                household.key(),
                now);
        return caseId;
    }

    /**
     * The household's application row (applicant {@code name}, ID number {@code idNumber}, encrypted as intake
     * stores them); the household must have been made by {@link #monitored}.
     */
    public void application(Household household, String name, String idNumber, cq.assist.core.pii.PiiCipher cipher) {
        jdbc.update(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes_enc, id_card_file_id,"
                        + " submitted_at, create_by) VALUES (?, ?, 'CLOSED', 'SELF', 'it', ?, ?, ?, ?, ?, ?, ?,"
                        + " FALSE, 0, ?, 'file-it', ?, 'it')",
                household.applicationId(),
                "IT" + household.applicationId().substring(0, 8),
                name,
                cipher.encrypt(
                        cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_ID_NUMBER,
                        household.applicationId(),
                        idNumber),
                cipher.blindIndex(idNumber + household.key()),
                cipher.encrypt(
                        cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_PHONE,
                        household.applicationId(),
                        "13900009999"),
                cipher.blindIndex("13900009999"),
                household.community(),
                cipher.encrypt(cq.assist.core.pii.PiiField.APPLICATION_ADDRESS, household.applicationId(), "测试地址"),
                cipher.encrypt(
                        cq.assist.core.pii.PiiField.APPLICATION_HARDSHIP_CAUSES, household.applicationId(), "ILLNESS"),
                Timestamp.from(Instant.now()));
    }

    /**
     * A grant of {@code itemCode} to the household paying {@code amount} yuan from {@code startsOn} (and, when
     * {@code endsOn} is not null, to that day), on a GRANTED case of its own; returns the case id.
     */
    public String grant(Household household, String itemCode, BigDecimal amount, LocalDate startsOn, LocalDate endsOn) {
        String caseId = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code, status,"
                        + " reasons, amount, decided_at, decided_by, household_key, active_key, create_by, create_time)"
                        + " VALUES (?, ?, ?, 'APPLY', 'ASSESSMENT', ?, ?, 'GRANTED', '[]', ?, ?, 'it', ?, NULL, 'it', ?)",
                caseId,
                household.applicationId(),
                itemCode,
                "CIVIL_AFFAIRS@" + household.community().substring(0, 6),
                household.community(),
                amount,
                now,
                household.key(),
                now);
        jdbc.update(
                "INSERT INTO item_grant (case_id, application_id, item_code, amount, starts_on, granted_by, granted_at,"
                        + " ends_on) VALUES (?, ?, ?, ?, ?, 'it', ?, ?)",
                caseId,
                household.applicationId(),
                itemCode,
                amount,
                startsOn,
                Timestamp.from(startsOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                endsOn);
        return caseId;
    }

    private static MemberFacts facts(BigDecimal wage) {
        String src = "it";
        return new MemberFacts(
                Fact.found(wage, src, SEEN),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(0, src, SEEN),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(0, src, SEEN),
                Fact.found(0, src, SEEN),
                Fact.notFound(src),
                Fact.found(BigDecimal.ZERO, src, SEEN),
                Fact.found(false, src, SEEN),
                Fact.found(false, src, SEEN));
    }

    /** A monitored household. */
    public record Household(String key, String applicationId, String community) {}
}
