package cq.assist.core.publicnotice;

import java.math.BigDecimal;
import java.time.Instant;

/** A case under notice as read: the applicant's name is still plain here (masked before it leaves). */
record NoticeRow(
        String caseId,
        String itemCode,
        String applicantName,
        int members,
        BigDecimal amount,
        Instant noticeSince,
        Instant dueAt) {}
