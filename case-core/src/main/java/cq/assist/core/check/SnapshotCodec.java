package cq.assist.core.check;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import cq.assist.core.pii.PiiCipher;
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

    /** Encrypted JSON of the snapshot. */
    public byte[] seal(HouseholdSnapshot snapshot) {
        return cipher.encrypt(JSON.writeValueAsString(snapshot));
    }

    /** The snapshot from {@link #seal}; fails when the bytes were changed. */
    public HouseholdSnapshot open(byte[] sealed) {
        return JSON.readValue(cipher.decrypt(sealed), HouseholdSnapshot.class);
    }

    /** JSON of a list of non-personal values (the sources seen). */
    static String json(List<?> values) {
        return JSON.writeValueAsString(values);
    }
}
