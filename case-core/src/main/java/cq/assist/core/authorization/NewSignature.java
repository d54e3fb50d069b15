package cq.assist.core.authorization;

import java.time.Instant;

/**
 * A signature to record.
 *
 * @param signerIdHash blind index of the signer's ID number
 * @param signaturePng base64 of the signature PNG (already checked to be a PNG)
 * @param filedByAccount the account that filed the application
 * @param evidence how identity was verified, without personal data (hashes, references, the worker, the
 *     guardian's relation); sealed with the record
 */
public record NewSignature(
        String applicationId,
        int memberSeq,
        LetterRow letter,
        String signerName,
        String signerIdHash,
        IdentityMethod identityMethod,
        Channel channel,
        String filedByAccount,
        String signaturePng,
        Instant signedAt,
        String evidence) {

    /** A signature without recorded evidence beyond the identity method. */
    public NewSignature(
            String applicationId,
            int memberSeq,
            LetterRow letter,
            String signerName,
            String signerIdHash,
            IdentityMethod identityMethod,
            Channel channel,
            String filedByAccount,
            String signaturePng,
            Instant signedAt) {
        this(
                applicationId,
                memberSeq,
                letter,
                signerName,
                signerIdHash,
                identityMethod,
                channel,
                filedByAccount,
                signaturePng,
                signedAt,
                null);
    }
}
