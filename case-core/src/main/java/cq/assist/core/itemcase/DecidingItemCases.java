package cq.assist.core.itemcase;

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

    public DecidingItemCases(
            ItemCaseMapper cases, ItemCatalog catalog, Grants grants, BusinessClock clock, EndingGrants endingGrants) {
        this.cases = cases;
        this.catalog = catalog;
        this.grants = grants;
        this.endingGrants = endingGrants;
        this.clock = clock;
    }

    /**
     * Records the decision; the caller then moves the process in the same transaction.
     *
     * @throws DomainException VALIDATION (reason or amount missing), FORBIDDEN (not this role's decision),
     *     NOT_FOUND, or CONFLICT when the case is no longer at {@code step}
     */
    @Transactional
    public void decide(String caseId, Step step, Decision decision, String reason, BigDecimal amount, Staff staff) {
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
        cases.insertEvent(
                new CaseEventRow(caseId, step.name(), decision.name(), text, amount, staff.account(), clock.now()));
        boolean deciding = step == Step.DISTRICT_DECISION || step == Step.DEPARTMENT_REVIEW;
        if (decision == Decision.REJECT) {
            finish(row, ItemCaseStatus.REJECTED, ReasonsJson.write(List.of(text)), null, staff, true);
            endingGrants.afterRejection(row);
        } else if (decision == Decision.APPROVE && deciding) {
            finish(row, ItemCaseStatus.GRANTED, row.reasons(), amount, staff, false);
            grants.record(row, item.nameZh(), amount, staff.account(), step.name());
        }
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
