package cq.assist.core.monitoring;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.pii.PiiCipher;
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

    Opened open(byte[] sealed) {
        byte[] plain = cipher.decryptBytes(sealed);
        if (CompactSnapshots.isCompact(plain)) {
            return new Opened(CompactSnapshots.read(plain), null);
        }
        HouseholdSnapshot snapshot = json.open(sealed);
        return new Opened(snapshot, seal(snapshot));
    }

    byte[] seal(HouseholdSnapshot snapshot) {
        return cipher.encryptBytes(CompactSnapshots.write(snapshot));
    }

    /**
     * The facts, and their compact sealed form when they were stored as JSON (null otherwise).
     */
    record Opened(HouseholdSnapshot snapshot, byte[] compact) {}
}
