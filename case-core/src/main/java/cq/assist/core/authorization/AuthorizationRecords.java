package cq.assist.core.authorization;

import cq.assist.core.files.SignaturePng;
import cq.assist.core.pii.PiiCipher;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes sealed signature records and verifies them: {@link #verify} recomputes the seal over the
 * stored fields and the digest of the decrypted image, so a change of any byte is detected.
 */
@Service
public class AuthorizationRecords {

    private final AuthorizationRecordMapper records;
    private final PiiCipher cipher;

    public AuthorizationRecords(AuthorizationRecordMapper records, PiiCipher cipher) {
        this.records = records;
        this.cipher = cipher;
    }

    /**
     * Appends a sealed record and returns its id. The signature must be base64 of a PNG. The signing time
     * is kept to the second: Connector/J drops milliseconds on MariaDB (it reports itself as MySQL 5.5),
     * and a sealed time must read back exactly as it was sealed.
     */
    @Transactional
    public String record(NewSignature signature) {
        byte[] png = SignaturePng.decode(signature.signaturePng())
                .orElseThrow(() -> new IllegalArgumentException("signature is not a PNG"));
        String id = UUID.randomUUID().toString();
        RecordRow unsealed = new RecordRow(
                id,
                signature.applicationId(),
                signature.memberSeq(),
                signature.letter().letterVersion(),
                PiiCipher.sha256Hex(signature.letter().letterText().getBytes(StandardCharsets.UTF_8)),
                signature.signerName(),
                signature.signerIdHash(),
                signature.identityMethod().name(),
                signature.channel().name(),
                signature.filedByAccount(),
                signature.signedAt().truncatedTo(ChronoUnit.SECONDS),
                PiiCipher.sha256Hex(png),
                cipher.encrypt(cq.assist.core.pii.PiiField.SIGNATURE, id, signature.signaturePng()),
                null,
                signature.evidence(),
                2);
        RecordRow sealed = unsealed.withSeal(
                cipher.seal(PiiCipher.Purpose.AUTHORIZATION_SEAL, AuthorizationSeal.canonicalTextV2(unsealed)));
        records.insert(sealed);
        return sealed.id();
    }

    /** True when the record exists, its seal matches its fields and its image matches its digest. */
    @Transactional(readOnly = true)
    public boolean verify(String recordId) {
        RecordRow row = records.selectById(recordId);
        return row != null && intact(row);
    }

    /**
     * The member seq of the first authorization record of the application whose seal or signature image no
     * longer verifies (changed in the database), or empty when all verify (review M5: checked, not just
     * present, before the economic check reads any data source).
     */
    @Transactional(readOnly = true)
    public java.util.OptionalInt firstBrokenSeal(String applicationId) {
        return records.selectByApplication(applicationId).stream()
                .filter(row -> !intact(row))
                .mapToInt(RecordRow::memberSeq)
                .findFirst();
    }

    /** The members (by member seq) of an application who have a signature on record, the applicant included. */
    @Transactional(readOnly = true)
    public java.util.Set<Integer> signedMembers(String applicationId) {
        return records.selectByApplication(applicationId).stream()
                .map(RecordRow::memberSeq)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** True when the application has records and every one of them verifies. */
    @Transactional(readOnly = true)
    public boolean verifyAll(String applicationId) {
        List<RecordRow> rows = records.selectByApplication(applicationId);
        return !rows.isEmpty() && rows.stream().allMatch(this::intact);
    }

    /**
     * True when the stored record's seal matches its fields (under the seal key of its version) and its
     * signature image matches the sealed digest; a record changed in the database fails.
     */
    public boolean intact(RecordRow row) {
        boolean sealed = row.sealVersion() >= 2
                ? cipher.verifySeal(
                        PiiCipher.Purpose.AUTHORIZATION_SEAL, AuthorizationSeal.canonicalTextV2(row), row.seal())
                : cipher.verifySeal(AuthorizationSeal.canonicalText(row), row.seal());
        if (!sealed) {
            return false;
        }
        try {
            return SignaturePng.decode(
                            cipher.decrypt(cq.assist.core.pii.PiiField.SIGNATURE, row.id(), row.signatureEnc()))
                    .map(png -> PiiCipher.sha256Hex(png).equals(row.signatureSha256()))
                    .orElse(false);
        } catch (IllegalStateException tampered) {
            return false;
        }
    }
}
