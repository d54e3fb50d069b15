package cq.assist.core.authorization;

import java.time.Instant;

/**
 * One append-only {@code authorization_record} row.
 *
 * @param evidence how identity was verified (no personal data); sealed from seal version 2
 * @param sealVersion 1: newline-joined fields under the record key; 2: length-prefixed fields with the
 *     evidence under the authorization-seal key
 */
public record RecordRow(
        String id,
        String applicationId,
        Integer memberSeq,
        String letterVersion,
        String letterSha256,
        String signerName,
        String signerIdHash,
        String identityMethod,
        String channel,
        String filedByAccount,
        Instant signedAt,
        String signatureSha256,
        byte[] signatureEnc,
        String seal,
        String evidence,
        int sealVersion) {

    /** A seal-version-1 row (no evidence). */
    public RecordRow(
            String id,
            String applicationId,
            Integer memberSeq,
            String letterVersion,
            String letterSha256,
            String signerName,
            String signerIdHash,
            String identityMethod,
            String channel,
            String filedByAccount,
            Instant signedAt,
            String signatureSha256,
            byte[] signatureEnc,
            String seal) {
        this(
                id,
                applicationId,
                memberSeq,
                letterVersion,
                letterSha256,
                signerName,
                signerIdHash,
                identityMethod,
                channel,
                filedByAccount,
                signedAt,
                signatureSha256,
                signatureEnc,
                seal,
                null,
                1);
    }

    /** This row with another seal. */
    public RecordRow withSeal(String newSeal) {
        return new RecordRow(
                id,
                applicationId,
                memberSeq,
                letterVersion,
                letterSha256,
                signerName,
                signerIdHash,
                identityMethod,
                channel,
                filedByAccount,
                signedAt,
                signatureSha256,
                signatureEnc,
                newSeal,
                evidence,
                sealVersion);
    }
}
