package cq.assist.core.intake;

import java.math.BigDecimal;
import java.time.Instant;

/** One {@code application} row as stored (personal data still encrypted). */
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
        String hardshipCauses,
        byte[] narrativeEnc,
        String idCardFileId,
        Instant submittedAt,
        String closedReason,
        Instant closedAt,
        String createBy) {}
