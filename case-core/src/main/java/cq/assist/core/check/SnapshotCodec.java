package cq.assist.core.check;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.rules.HouseholdSnapshot;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a household snapshot into encrypted JSON and back. Only record components are written (no
 * derived {@code isXxx} values), so reading gives back an equal snapshot.
 */
@Component
public class SnapshotCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withIsGetterVisibility(Visibility.NONE))
            .build();

    private final PiiCipher cipher;

    public SnapshotCodec(PiiCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Encrypted JSON of the application's snapshot, bound to {@code household_snapshot.snapshot_enc} of the
     * application (enrolment in monitoring copies it as it is; {@link #open(String, byte[])} reads the copy).
     */
    public byte[] seal(String applicationId, HouseholdSnapshot snapshot) {
        return cipher.encrypt(PiiField.CHECK_SNAPSHOT, applicationId, JSON.writeValueAsString(snapshot));
    }

    /** The application's snapshot from {@link #seal}; fails when the bytes were changed or are another's. */
    public HouseholdSnapshot open(String applicationId, byte[] sealed) {
        return JSON.readValue(cipher.decrypt(PiiField.CHECK_SNAPSHOT, applicationId, sealed), HouseholdSnapshot.class);
    }

    /**
     * A snapshot from its JSON once decrypted (a monitored household's facts still in the form enrolment
     * copied, rewritten bound to the household); fails on text that is no snapshot.
     */
    public HouseholdSnapshot fromJson(byte[] json) {
        return JSON.readValue(json, HouseholdSnapshot.class);
    }

    /** JSON of a list of non-personal values (the sources seen). */
    static String json(List<?> values) {
        return JSON.writeValueAsString(values);
    }
}
