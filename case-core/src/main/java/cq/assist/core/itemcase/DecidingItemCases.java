package cq.assist.core.itemcase;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff decision at a step of an item case. The body of a request can only name the decision, the
 * reason and an amount: status, department, region and approver are set here, server-side. An APPROVE
 * at the deciding step grants the case; a REJECT ends it REJECTED with the reason (which the resident
 * reads); a RETURN is recorded and the process sends the case back one step.
 */
@Service
public class DecidingItemCases {

    private final ItemCaseMapper cases;
    private final ItemCatalog catalog;
    private final Grants grants;
    private final EndingGrants endingGrants;
    private final BusinessClock clock;
    private final AuditLog audit;
    private final AmountPolicy amounts;

    public DecidingItemCases(
            ItemCaseMapper cases,
            ItemCatalog catalog,
            Grants grants,
            BusinessClock clock,
            EndingGrants endingGrants,
            AuditLog audit,
            AmountPolicy amounts) {
        this.cases = cases;
        this.catalog = catalog;
        this.grants = grants;
        this.endingGrants = endingGrants;
        this.clock = clock;
        this.audit = audit;
        this.amounts = amounts;
    }

    /**
     * Records the decision; the caller then moves the process in the same transaction.
     *
     * <p>An approved amount is checked by {@link AmountPolicy}: changed from the proposal only with a reason,
     * never above the hard maximum; above the second-approval limits the first approval is recorded
     * ({@code FIRST_APPROVAL} event) and the task stays open until another approver of the office confirms
     * the same amount (maker-checker).
     *
     * @return DECIDED, or AWAITING_SECOND_APPROVAL when the decision waits for a second approver
     * @throws DomainException VALIDATION (reason or amount missing, amount changed without a reason or
     *     above the maximum), FORBIDDEN (not this role's decision), NOT_FOUND, or CONFLICT when the case is
     *     no longer at {@code step} or the same approver tries to confirm its own amount
     */
    @Transactional
    public Result decide(String caseId, Step step, Decision decision, String reason, BigDecimal amount, Staff staff) {
        ItemCaseRow row = cases.selectByIdForUpdate(caseId);
        if (row == null) {
            throw DomainException.notFound("itemcase.notFound");
        }
        ItemRow item = catalog.item(row.itemCode());
        StepPolicy.check(step, decision, reason, amount, Boolean.TRUE.equals(item.paysCash()), staff);
        if (!step.name().equals(row.currentStep()) || !row.statusValue().open()) {
            throw new DomainException(ProblemKind.CONFLICT, "itemcase.step.moved");
        }
        String text = reason == null ? null : reason.strip();
        if (decision == Decision.APPROVE
                && amount != null
                && amounts.needsSecondApprover(amount, row.proposedAmount(), text)
                && !confirmsPending(row, step, amount, staff)) {
            cases.insertEvent(
                    new CaseEventRow(caseId, step.name(), FIRST_APPROVAL, text, amount, staff.account(), clock.now()));
            audit.record(new AuditEntry(
                    staff.account(),
                    String.join(",", new java.util.TreeSet<>(staff.roles())),
                    AuditActions.DECISION,
                    "ITEM_CASE",
                    caseId,
                    step.name() + " FIRST_APPROVAL " + row.itemCode() + " amount=" + amount.toPlainString()
                            + " (proposed " + row.proposedAmount() + "), awaiting a second approver"
                            + (text == null ? "" : " reason=" + text),
                    null));
            return Result.AWAITING_SECOND_APPROVAL;
        }
        cases.insertEvent(
                new CaseEventRow(caseId, step.name(), decision.name(), text, amount, staff.account(), clock.now()));
        audit.record(new AuditEntry(
                staff.account(),
                String.join(",", new java.util.TreeSet<>(staff.roles())),
                AuditActions.DECISION,
                "ITEM_CASE",
                caseId,
                step.name() + " " + decision.name() + " " + row.itemCode()
                        + (amount == null ? "" : " amount=" + amount.toPlainString())
                        + (text == null ? "" : " reason=" + text),
                null));
        boolean deciding = step == Step.DISTRICT_DECISION || step == Step.DEPARTMENT_REVIEW;
        if (decision == Decision.REJECT) {
            finish(row, ItemCaseStatus.REJECTED, ReasonsJson.write(List.of(text)), null, staff, true);
            endingGrants.afterRejection(row);
        } else if (decision == Decision.APPROVE && deciding) {
            finish(row, ItemCaseStatus.GRANTED, row.reasons(), amount, staff, false);
            if (!CaseOrigin.PAYMENT.name().equals(row.origin())) {
                grants.record(row, item.nameZh(), amount, staff.account(), step.name());
            }
        }
        return Result.DECIDED;
    }

    /**
     * Whether this approval confirms a first approval of another approver at this step for the same
     * amount. The same approver confirming itself is CONFLICT.
     */
    private boolean confirmsPending(ItemCaseRow row, Step step, BigDecimal amount, Staff staff) {
        List<CaseEventRow> events = cases.selectEvents(row.id());
        CaseEventRow last = events.isEmpty() ? null : events.get(events.size() - 1);
        if (last == null
                || !FIRST_APPROVAL.equals(last.decision())
                || !step.name().equals(last.step())) {
            return false;
        }
        if (last.actor().equals(staff.account())) {
            throw new DomainException(ProblemKind.CONFLICT, "itemcase.amount.sameApprover");
        }
        return last.amount() != null && last.amount().compareTo(amount) == 0;
    }

    /** The event of a first approval that waits for a second approver. */
    public static final String FIRST_APPROVAL = "FIRST_APPROVAL";

    /** What a decision did. */
    public enum Result {
        /** Recorded; the process moves on. */
        DECIDED,
        /** A first approval above the limits: the task stays open for a second approver. */
        AWAITING_SECOND_APPROVAL
    }

    private void finish(
            ItemCaseRow row, ItemCaseStatus status, String reasons, BigDecimal amount, Staff staff, boolean release) {
        int changed = cases.updateDecision(
                new DecisionChange(row.id(), status.name(), reasons, amount, clock.now(), staff.account(), release));
        if (changed != 1) {
            throw new DomainException(ProblemKind.CONFLICT, "itemcase.step.moved");
        }
    }
}
