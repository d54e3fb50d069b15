package cq.assist.core.files;

import java.time.Instant;

/** A new {@code stored_file} row; {@code contentEnc} is already encrypted. */
record StoredFileRow(
        String id,
        String ownerAccountId,
        String contentType,
        long sizeBytes,
        String sha256,
        byte[] contentEnc,
        Instant createTime) {}
