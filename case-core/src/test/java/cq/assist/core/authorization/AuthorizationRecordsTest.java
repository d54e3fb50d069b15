package cq.assist.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuthorizationRecordsTest {

    private static final String KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private final PiiCipher cipher = new PiiCipher(new PiiProperties(KEY, KEY, KEY));
    private final InMemoryRecords table = new InMemoryRecords();
    private final AuthorizationRecords records = new AuthorizationRecords(table, cipher);
    private final LetterRow letter = new LetterRow("2026-01", "授权书全文", "ignored");

    private String signOne() {
        return records.record(new NewSignature(
                "app-1",
                1,
                letter,
                "王芳",
                cipher.blindIndex("500103198001010011"),
                IdentityMethod.NAME_ID_SMS,
                Channel.REMOTE_LINK,
                "42",
                ApplicationForms.signaturePng(),
                Instant.parse("2026-11-23T02:03:04.123456Z")));
    }

    @Test
    void aFreshRecordVerifies() {
        String id = signOne();
        assertThat(records.verify(id)).isTrue();
        assertThat(records.verifyAll("app-1")).isTrue();
        RecordRow row = table.selectById(id);
        assertThat(row.letterSha256())
                .isEqualTo(PiiCipher.sha256Hex("授权书全文".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(row.signedAt()).isEqualTo(Instant.parse("2026-11-23T02:03:04Z"));
    }

    @Test
    void aChangedFieldIsDetected() {
        String id = signOne();
        table.tamper(id, r -> copy(r, "王芬", r.signedAt(), r.signatureEnc(), r.seal()));
        assertThat(records.verify(id)).isFalse();
        assertThat(records.verifyAll("app-1")).isFalse();
    }

    @Test
    void aChangedTimeIsDetected() {
        String id = signOne();
        table.tamper(id, r -> copy(r, r.signerName(), r.signedAt().plusSeconds(1), r.signatureEnc(), r.seal()));
        assertThat(records.verify(id)).isFalse();
    }

    @Test
    void aChangedImageByteIsDetected() {
        String id = signOne();
        table.tamper(id, r -> {
            byte[] image = r.signatureEnc().clone();
            image[image.length / 2] ^= 1;
            return copy(r, r.signerName(), r.signedAt(), image, r.seal());
        });
        assertThat(records.verify(id)).isFalse();
    }

    @Test
    void aForgedSealIsDetected() {
        String id = signOne();
        table.tamper(id, r -> copy(r, r.signerName(), r.signedAt(), r.signatureEnc(), "0".repeat(64)));
        assertThat(records.verify(id)).isFalse();
    }

    @Test
    void anApplicationWithoutRecordsDoesNotVerify() {
        assertThat(records.verifyAll("nothing")).isFalse();
        assertThat(records.verify("nothing")).isFalse();
    }

    private static RecordRow copy(RecordRow r, String name, Instant signedAt, byte[] image, String seal) {
        return new RecordRow(
                r.id(),
                r.applicationId(),
                r.memberSeq(),
                r.letterVersion(),
                r.letterSha256(),
                name,
                r.signerIdHash(),
                r.identityMethod(),
                r.channel(),
                r.filedByAccount(),
                signedAt,
                r.signatureSha256(),
                image,
                seal);
    }

    private static final class InMemoryRecords implements AuthorizationRecordMapper {

        private final Map<String, RecordRow> rows = new HashMap<>();

        @Override
        public void insert(RecordRow row) {
            rows.put(row.id(), row);
        }

        @Override
        public RecordRow selectById(String id) {
            return rows.get(id);
        }

        @Override
        public List<RecordRow> selectByApplication(String applicationId) {
            return new ArrayList<>(rows.values().stream()
                    .filter(r -> r.applicationId().equals(applicationId))
                    .toList());
        }

        void tamper(String id, UnaryOperator<RecordRow> change) {
            rows.put(id, change.apply(rows.get(id)));
        }
    }
}
