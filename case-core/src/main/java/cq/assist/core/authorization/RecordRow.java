package cq.assist.core.authorization;

import java.time.Instant;

/** One append-only {@code authorization_record} row. */
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
        String seal) {}
