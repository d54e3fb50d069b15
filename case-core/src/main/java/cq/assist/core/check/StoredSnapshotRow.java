package cq.assist.core.check;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code household_snapshot}: the encrypted snapshot JSON and what may be read without decrypting. */
public record StoredSnapshotRow(
        String applicationId,
        byte[] snapshotEnc,
        LocalDate checkDate,
        int memberCount,
        String sourcesSeen,
        Instant createdAt) {}
