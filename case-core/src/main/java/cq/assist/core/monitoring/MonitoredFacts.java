package cq.assist.core.monitoring;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.rules.HouseholdSnapshot;
import org.springframework.stereotype.Component;

/**
 * Opens a monitored household's sealed facts ({@code monitored_household.facts_enc}, AES-GCM): the compact
 * form ({@link CompactSnapshots}), or the economic check's JSON that enrolment copied, which is then sealed
 * again in the compact form so the run can store it and later runs read it fast.
 */
@Component
class MonitoredFacts {

    private final PiiCipher cipher;
    private final SnapshotCodec json;

    MonitoredFacts(PiiCipher cipher, SnapshotCodec json) {
        this.cipher = cipher;
        this.json = json;
    }

    /**
     * The facts of a household row: its own compact form (bound to {@code monitored_household.facts_enc} of
     * the household), the check snapshot of its application that enrolment copied (bound to that application's
     * {@code household_snapshot} row; another application's snapshot does not open), or such a copy that the
     * start step rewrote bound to the household ({@link cq.assist.core.pii.UnboundValuesAtStart}). The last two
     * come back with their compact form sealed for the household, to be stored.
     */
    Opened open(String householdKey, String applicationId, byte[] sealed) {
        byte[] plain;
        try {
            plain = cipher.decryptBytes(PiiField.MONITORED_FACTS, householdKey, sealed);
        } catch (IllegalStateException copiedAtEnrolment) {
            HouseholdSnapshot snapshot = json.open(applicationId, sealed);
            return new Opened(snapshot, seal(householdKey, snapshot));
        }
        if (CompactSnapshots.isCompact(plain)) {
            return new Opened(CompactSnapshots.read(plain), null);
        }
        HouseholdSnapshot snapshot = json.fromJson(plain);
        return new Opened(snapshot, seal(householdKey, snapshot));
    }

    byte[] seal(String householdKey, HouseholdSnapshot snapshot) {
        return cipher.encryptBytes(PiiField.MONITORED_FACTS, householdKey, CompactSnapshots.write(snapshot));
    }

    /**
     * The facts, and their compact sealed form when they were stored as JSON (null otherwise).
     */
    record Opened(HouseholdSnapshot snapshot, byte[] compact) {}
}
