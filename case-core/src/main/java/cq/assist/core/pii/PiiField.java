package cq.assist.core.pii;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every encrypted column of the schema, with the category of data it holds (which selects its data key) and
 * the columns that name its row (the row key). A value is encrypted with its table, column and row key as
 * associated data (AEAD), so a ciphertext copied into another row or column no longer decrypts (review M10).
 *
 * <p>The row key is the primary key where it is known before the insert (UUIDs, composite keys); for tables
 * with an auto-increment key it is a unique natural key of the row (user name, the blind index of the phone
 * or ID number, the application), and for the two tables with neither (the demo SMS outbox, in-app messages)
 * the recipient, so a value cannot move to another recipient. {@code FieldCoverageIT} checks that every
 * {@code *_enc} column of the schema is listed here.
 */
public enum PiiField {
    APPLICATION_APPLICANT_ID_NUMBER("application", "applicant_id_number_enc", Category.ID_NUMBER, "id"),
    APPLICATION_APPLICANT_PHONE("application", "applicant_phone_enc", Category.PHONE, "id"),
    APPLICATION_ADDRESS("application", "address_enc", Category.ADDRESS, "id"),
    APPLICATION_NARRATIVE("application", "narrative_enc", Category.CIRCUMSTANCES, "id"),
    /** The account the household's grants are paid into (issue 9, V114): opened by the bank file only. */
    APPLICATION_PAYEE_ACCOUNT("application", "payee_account_enc", Category.MONEY, "id"),
    /**
     * The causes of hardship the applicant declared (comma-separated {@code HardshipCause} names, e.g.
     * {@code ILLNESS,DISABILITY}): health data (PIPL art. 28), in clear until V111 (review M11).
     */
    APPLICATION_HARDSHIP_CAUSES("application", "hardship_causes_enc", Category.HEALTH, "id"),
    MEMBER_ID_NUMBER("household_member", "id_number_enc", Category.ID_NUMBER, "application_id", "seq"),
    MEMBER_PHONE("household_member", "phone_enc", Category.PHONE, "application_id", "seq"),
    MEMBER_HEALTH("household_member", "health_enc", Category.HEALTH, "application_id", "seq"),
    COSIGNING_TOKEN("authorization_token", "token_enc", Category.CREDENTIAL, "token_hash"),
    /** Append-only: rows written before binding keep their old form (the runtime user may not update them). */
    SIGNATURE("authorization_record", "signature_enc", Category.SIGNATURE, "id"),
    FILE_CONTENT("stored_file", "content_enc", Category.DOCUMENT, "id"),
    CHECK_SNAPSHOT("household_snapshot", "snapshot_enc", Category.MONEY, "application_id"),
    /**
     * The compact facts of a monitored household; enrolment may copy the application's check snapshot here as it
     * is (then still bound to {@link #CHECK_SNAPSHOT} of that application), which the first screening rewrites.
     */
    MONITORED_FACTS("monitored_household", "facts_enc", Category.MONEY, "household_key"),
    STAFF_TOTP_SECRET("staff_account", "totp_secret_enc", Category.CREDENTIAL, "username"),
    WORKER_PHONE("community_worker", "phone_enc", Category.PHONE, "phone_hash"),
    ACCOUNT_PHONE("mobile_account", "phone_enc", Category.PHONE, "phone_hash"),
    ACCOUNT_REAL_ID_NUMBER("mobile_account", "real_id_number_enc", Category.ID_NUMBER, "phone_hash"),
    REGISTRY_ID_NUMBER("registry_person", "id_number_enc", Category.ID_NUMBER, "id_number_hash"),
    REGISTRY_PHONE("registry_person", "phone_enc", Category.PHONE, "id_number_hash"),
    VISIT_FINDINGS("home_visit", "findings_enc", Category.CIRCUMSTANCES, "case_id"),
    /**
     * Where the worker stood at the home visit: {@code latitude,longitude} in decimal degrees as the phone gave
     * them (WGS-84, up to 6 decimals), in clear until V111 (review M11); a location at home is an address.
     */
    VISIT_LOCATION("home_visit", "location_enc", Category.ADDRESS, "case_id"),
    MESSAGE_TEXT(
            "in_app_message",
            "text_enc",
            Category.MESSAGE,
            "recipient_account_id",
            "recipient_id_hash",
            "application_id"),
    ALERT_NOTE("monitoring_alert", "note_enc", Category.CIRCUMSTANCES, "id"),
    OUTBOX_PHONE("sms_outbox", "phone_enc", Category.PHONE, "phone_hash"),
    OUTBOX_TEXT("sms_outbox", "text_enc", Category.MESSAGE, "phone_hash"),
    OUTBOX_CODE("sms_outbox", "code_enc", Category.CREDENTIAL, "phone_hash"),
    /** Staff token signing keys (issue 8), bound to their key id. */
    TOKEN_SIGNING_SECRET("token_signing_key", "secret_enc", Category.CREDENTIAL, "kid");

    /**
     * The categories of personal data, each encrypted under a key of its own (derived per data-key version,
     * {@link DataKeys#categoryKey}): a key that leaks opens one category only.
     */
    public enum Category {
        ID_NUMBER,
        PHONE,
        ADDRESS,
        HEALTH,
        MONEY,
        CIRCUMSTANCES,
        MESSAGE,
        DOCUMENT,
        SIGNATURE,
        CREDENTIAL;

        /** The HKDF label of the category's key. */
        public String label() {
            return "assist/pii/" + name().toLowerCase(Locale.ROOT) + "/v1";
        }
    }

    private static final char SEPARATOR = '\u001f';

    private final String table;
    private final String column;
    private final Category category;
    private final List<String> rowKeyColumns;

    PiiField(String table, String column, Category category, String... rowKeyColumns) {
        this.table = table;
        this.column = column;
        this.category = category;
        this.rowKeyColumns = List.of(rowKeyColumns);
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    public Category category() {
        return category;
    }

    /** The columns whose values, in this order, make the row key ({@link #rowKey(Object...)}). */
    public List<String> rowKeyColumns() {
        return rowKeyColumns;
    }

    /** Whether rows of its table are never updated, so old values are never rewritten in the bound form. */
    public boolean appendOnly() {
        return DataKeyRotation.APPEND_ONLY.contains(table);
    }

    /**
     * The row key of the values of the {@link #rowKeyColumns()}, in that order: their text ({@code null} as
     * empty) joined by the unit separator.
     */
    public static String rowKey(Object... values) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                key.append(SEPARATOR);
            }
            key.append(values[i] == null ? "" : values[i].toString());
        }
        return key.toString();
    }

    /** The field of a table's column, if it is one. */
    public static Optional<PiiField> of(String table, String column) {
        return Arrays.stream(values())
                .filter(f -> f.table.equalsIgnoreCase(table) && f.column.equalsIgnoreCase(column))
                .findFirst();
    }
}
