package cq.assist.core.intake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One {@code application} row as stored (personal data still encrypted). The {@code *Enc} values open with
 * {@link cq.assist.core.pii.PiiCipher#decrypt(cq.assist.core.pii.PiiField, String, byte[])} and the row's id;
 * {@code hardshipCausesEnc} holds the comma-separated {@code HardshipCause} names ({@code
 * PiiField.APPLICATION_HARDSHIP_CAUSES}). {@code anonymisedAt} is set once the retention job removed the personal
 * data ({@code EndedApplicationRetention}): the encrypted values and blind indexes are then null and the names
 * masked.
 */
public record ApplicationRow(
        String id,
        String applicationNo,
        String status,
        String filedBy,
        String filerAccountId,
        String filerWorkerCommunity,
        String applicantName,
        byte[] applicantIdNumberEnc,
        String applicantIdNumberHash,
        byte[] applicantPhoneEnc,
        String applicantPhoneHash,
        String communityCode,
        byte[] addressEnc,
        Boolean ownsHome,
        BigDecimal homeAreaSqm,
        byte[] hardshipCausesEnc,
        byte[] narrativeEnc,
        String idCardFileId,
        Instant submittedAt,
        String closedReason,
        Instant closedAt,
        String createBy,
        Instant anonymisedAt) {}
