package cq.assist.workflow.task;

import cq.assist.core.itemcase.Decision;
import java.math.BigDecimal;

/** What a caller decides on a task: only the decision, a reason and an amount, never a status or approver. */
public record TaskDecision(Decision decision, String reason, BigDecimal amount) {}
