package cq.assist.core.itemcase;

import java.math.BigDecimal;
import java.time.Instant;

/** One append-only {@code item_case_event} row: a decision, a visit, an objection or a grant. */
public record CaseEventRow(
        String caseId,
        String step,
        String decision,
        String reason,
        BigDecimal amount,
        String actor,
        Instant eventTime) {}
