package cq.assist.core.itemcase;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The item cases as other features read and move them: the {@link ItemCaseMapper} stays inside
 * {@code itemcase}, and this is the one door to it. Every method joins the caller's transaction.
 */
@Service
public class ItemCases {

    private final ItemCaseMapper cases;

    ItemCases(ItemCaseMapper cases) {
        this.cases = cases;
    }

    /** The case, or null when no case has this id. */
    public ItemCaseRow find(String caseId) {
        return cases.selectById(caseId);
    }

    /** The case, locked until the transaction ends; null when no case has this id. */
    public ItemCaseRow lockForUpdate(String caseId) {
        return cases.selectByIdForUpdate(caseId);
    }

    /** The cases of one application (every item in play, waiting joint items included). */
    public List<ItemCaseRow> ofApplication(String applicationId) {
        return cases.selectByApplication(applicationId);
    }

    /** Open cases of an application that hold the household key (waiting joint items are not counted). */
    public int countOpen(String applicationId) {
        return cases.countOpen(applicationId);
    }

    /** Item codes the household holds (open or granted). */
    public List<String> activeItems(String householdKey) {
        return cases.selectActiveItems(householdKey);
    }

    /** Item codes the household holds granted. */
    public List<String> grantedItems(String householdKey) {
        return cases.selectGrantedItems(householdKey);
    }

    /** Records a decision on a case; returns the rows changed (0 when the case was no longer open). */
    public int changeDecision(DecisionChange change) {
        return cases.updateDecision(change);
    }

    /**
     * Sets the amount still to be decided of an open case (yuan) and its reasons (JSON array); returns 0
     * when the case is no longer open. Used when another source (an insurer's payout) lowers what the
     * department still has to cover.
     */
    public int changeProposedAmount(
            String caseId, java.math.BigDecimal proposedAmount, String reasons, String by, java.time.Instant at) {
        return cases.updateProposedAmount(caseId, proposedAmount, reasons, by, at);
    }

    /** Appends one event to a case's history. */
    public void recordEvent(CaseEventRow event) {
        cases.insertEvent(event);
    }
}
