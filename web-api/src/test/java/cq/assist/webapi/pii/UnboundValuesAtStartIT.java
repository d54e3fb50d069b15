package cq.assist.webapi.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.pii.DataKeyRotation;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.pii.UnboundValuesAtStart;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Housing;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7 / review M10: the six fields that were written unbound until now (applicant and member ID numbers,
 * the address, the check snapshot, monitored facts, staff token keys) are bound on start. Rows written the old
 * way (the unbound {@code E1} form, as the code before wrote them) are refused when read, rewritten bound to
 * the row they are in when a context starts ({@link UnboundValuesAtStart}), read back unchanged, and left
 * alone by a second start; a bound value copied into another row is not "migrated" into that row.
 */
@SpringBootTest
class UnboundValuesAtStartIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    SnapshotCodec codec;

    @Test
    void rowsWrittenTheOldWayAreBoundToTheirRowsWhenAContextStarts() {
        Rows old = writeTheOldWay();
        for (Stored value : old.values()) {
            assertThat(value.bytes()[0]).as(value + " written the old way").isEqualTo((byte) 0xE1);
            assertThatThrownBy(() -> cipher.decrypt(value.field(), value.rowKey(), value.bytes()))
                    .as("the application refuses the unbound value of " + value.field())
                    .isInstanceOf(IllegalStateException.class);
        }

        startAContext();

        for (Stored value : old.values()) {
            byte[] now = read(value);
            assertThat(now[0]).as(value.field() + " rewritten bound").isEqualTo((byte) 0xE2);
            assertThat(cipher.decrypt(value.field(), value.rowKey(), now))
                    .as(value.field() + " reads back unchanged")
                    .isEqualTo(value.plain());
            assertThatThrownBy(() -> cipher.decrypt(value.field(), value.rowKey() + "x", now))
                    .as(value.field() + " does not open in another row")
                    .isInstanceOf(IllegalStateException.class);
        }
        List<byte[]> after = old.values().stream().map(this::read).toList();

        List<DataKeyRotation.ColumnResult> second = startAContext();

        assertThat(old.values().stream().map(this::read).toList())
                .as("a second start leaves them as they are")
                .containsExactlyElementsOf(after);
        assertThat(second)
                .filteredOn(r -> old.values().stream()
                        .anyMatch(v -> v.field().table().equals(r.table())
                                && v.field().column().equals(r.column())))
                .allSatisfy(r -> assertThat(r.reencrypted()).isZero());
        HouseholdSnapshot facts = codec.fromJson(cipher.decryptBytes(
                PiiField.MONITORED_FACTS, old.householdKey(), read(old.values().get(4))));
        assertThat(facts.householdId()).isEqualTo(old.applicationId());
    }

    @Test
    void aBoundValueCopiedIntoAnotherRowIsNotMigratedIntoIt() {
        Rows victim = writeTheOldWay();
        startAContext();
        Rows attacker = writeTheOldWay();
        startAContext();
        byte[] victimsId = read(victim.values().get(0));
        jdbc.update(
                "UPDATE application SET applicant_id_number_enc = ? WHERE id = ?", victimsId, attacker.applicationId());

        startAContext();

        byte[] copied = jdbc.queryForObject(
                "SELECT applicant_id_number_enc FROM application WHERE id = ?", byte[].class, attacker.applicationId());
        assertThat(copied).as("left as it was").isEqualTo(victimsId);
        assertThatThrownBy(() ->
                        cipher.decrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, attacker.applicationId(), copied))
                .as("and refused in the attacker's row")
                .isInstanceOf(IllegalStateException.class);
    }

    /** A context holding the start step alone, on this database: its refresh runs the step as an app start does. */
    private List<DataKeyRotation.ColumnResult> startAContext() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(JdbcTemplate.class, () -> jdbc);
            context.registerBean(PiiCipher.class, () -> cipher);
            context.register(DataKeyRotation.class, UnboundValuesAtStart.class, Outcome.class);
            context.refresh();
            return context.getBean(Outcome.class).results;
        }
    }

    /** Runs the step once more after the context's own run, to read its outcome (nothing left to do by then). */
    static class Outcome implements org.springframework.beans.factory.SmartInitializingSingleton {
        final UnboundValuesAtStart step;
        final DataKeyRotation rotation;
        List<DataKeyRotation.ColumnResult> results;

        Outcome(UnboundValuesAtStart step, DataKeyRotation rotation) {
            this.step = step;
            this.rotation = rotation;
        }

        @Override
        public void afterSingletonsInstantiated() {
            results = rotation.rebindUnbound(500);
        }
    }

    private Rows writeTheOldWay() {
        String applicationId = UUID.randomUUID().toString();
        String idNumber = "5001031980" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String householdKey = cipher.blindIndex(idNumber + "-household");
        String kid = "it-" + UUID.randomUUID().toString().substring(0, 8);
        HouseholdSnapshot snapshot = new HouseholdSnapshot(
                applicationId,
                "500103001001",
                true,
                new Housing(false, BigDecimal.ZERO),
                Set.of(),
                false,
                "m1",
                List.of(),
                Set.of());
        String json = cipher.decrypt(PiiField.CHECK_SNAPSHOT, applicationId, codec.seal(applicationId, snapshot));
        List<Stored> values = List.of(
                new Stored(PiiField.APPLICATION_APPLICANT_ID_NUMBER, applicationId, applicationId, idNumber),
                new Stored(PiiField.APPLICATION_ADDRESS, applicationId, applicationId, "测试地址 " + applicationId),
                new Stored(PiiField.MEMBER_ID_NUMBER, PiiField.rowKey(applicationId, 0), applicationId, idNumber),
                new Stored(PiiField.CHECK_SNAPSHOT, applicationId, applicationId, json),
                new Stored(PiiField.MONITORED_FACTS, householdKey, householdKey, json),
                new Stored(PiiField.TOKEN_SIGNING_SECRET, kid, kid, "c2VjcmV0LW9mLWEtcmV0aXJlZC1rZXktMzItYnl0ZXM="));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes_enc, id_card_file_id,"
                        + " submitted_at, create_by) VALUES (?, ?, 'CLOSED', 'SELF', 'it', '测试旧', ?, ?, ?, ?,"
                        + " '500103001001', ?, FALSE, 0, NULL, 'file-it', ?, 'it')",
                applicationId,
                "UB" + applicationId.substring(0, 8),
                cipher.encrypt(idNumber),
                cipher.blindIndex(idNumber + applicationId),
                cipher.encrypt(PiiField.APPLICATION_APPLICANT_PHONE, applicationId, "13900009997"),
                cipher.blindIndex("13900009997"),
                cipher.encrypt(values.get(1).plain()),
                now);
        jdbc.update(
                "INSERT INTO household_member (application_id, seq, name, id_number_enc, id_number_hash, relation,"
                        + " birth_date, requires_authorization) VALUES (?, 0, '测试旧', ?, ?, 'SELF', ?, FALSE)",
                applicationId,
                cipher.encrypt(idNumber),
                cipher.blindIndex(idNumber + applicationId),
                LocalDate.of(1980, 1, 1));
        jdbc.update(
                "INSERT INTO household_snapshot (application_id, snapshot_enc, check_date, member_count, sources_seen,"
                        + " created_at) VALUES (?, ?, ?, 0, '[]', ?)",
                applicationId,
                cipher.encrypt(json),
                LocalDate.of(2026, 1, 1),
                now);
        // as enrolment copied the check snapshot, in the unbound form the monitoring code wrote before
        jdbc.update(
                "INSERT INTO monitored_household (household_key, application_id, community_code, since, next_review_on,"
                        + " facts_enc) VALUES (?, ?, '500103009999', ?, ?, ?)",
                householdKey,
                applicationId,
                now,
                LocalDate.of(2099, 1, 1),
                cipher.encrypt(json));
        // retired, so no node's token-key refresh meets it before the step ran
        jdbc.update(
                "INSERT INTO token_signing_key (kid, secret_enc, created_at, created_by, signs_from, retired_at)"
                        + " VALUES (?, ?, ?, 'it', ?, ?)",
                kid,
                cipher.encrypt(values.get(5).plain()),
                now,
                now,
                now);
        List<Stored> stored = values.stream()
                .map(v -> new Stored(v.field(), v.rowKey(), v.locator(), v.plain(), read(v)))
                .toList();
        return new Rows(applicationId, householdKey, stored);
    }

    private byte[] read(Stored value) {
        PiiField field = value.field();
        String where =
                switch (field) {
                    case APPLICATION_APPLICANT_ID_NUMBER, APPLICATION_ADDRESS -> "id = ?";
                    case MEMBER_ID_NUMBER -> "application_id = ? AND seq = 0";
                    case CHECK_SNAPSHOT -> "application_id = ?";
                    case MONITORED_FACTS -> "household_key = ?";
                    case TOKEN_SIGNING_SECRET -> "kid = ?";
                    default -> throw new IllegalArgumentException(field.toString());
                };
        return jdbc.queryForObject(
                "SELECT " + field.column() + " FROM " + field.table() + " WHERE " + where,
                byte[].class,
                value.locator());
    }

    private record Rows(String applicationId, String householdKey, List<Stored> values) {}

    private record Stored(PiiField field, String rowKey, String locator, String plain, byte[] bytes) {
        Stored(PiiField field, String rowKey, String locator, String plain) {
            this(field, rowKey, locator, plain, null);
        }

        @Override
        public String toString() {
            return field.toString();
        }
    }
}
