package cq.assist.core.fanout;

import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.DecisionChange;
import cq.assist.core.itemcase.Grants;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants apply-free items (免申即享) at once: no human task, a grant record and a message to the resident. */
@Service
public class GrantingApplyFree {

    private static final String SYSTEM = "system";
    private static final String STEP = "APPLY_FREE";

    private final ItemCases cases;
    private final OpeningItemCases opening;
    private final Grants grants;
    private final BusinessClock clock;

    public GrantingApplyFree(ItemCases cases, OpeningItemCases opening, Grants grants, BusinessClock clock) {
        this.cases = cases;
        this.opening = opening;
        this.grants = grants;
        this.clock = clock;
    }

    /** Grants the application's pending apply-free cases; a second run grants nothing more. */
    @Transactional
    public int grantPending(String applicationId) {
        int granted = 0;
        for (ItemCaseRow row : cases.ofApplication(applicationId)) {
            if (ItemCode.valueOf(row.itemCode()).applyFree()
                    && !row.waitingForBase()
                    && row.statusValue().open()) {
                int changed = cases.changeDecision(new DecisionChange(
                        row.id(), ItemCaseStatus.GRANTED.name(), row.reasons(), null, clock.now(), SYSTEM, false));
                if (changed == 1) {
                    grants.record(row, ItemCode.valueOf(row.itemCode()).zh(), null, SYSTEM, STEP);
                    granted++;
                }
            }
        }
        return granted;
    }

    /**
     * Grants one apply-free item that monitoring found newly met by a household holding the grant it follows
     * from (origin MONITORING); empty when the household holds the item already.
     *
     * @return the granted case's id
     */
    @Transactional
    public java.util.Optional<String> grantOnMonitoring(
            String applicationId, String householdKey, String communityCode, ItemCode code, String why) {
        return opening.open(new NewCase(
                        applicationId,
                        householdKey,
                        communityCode,
                        code.name(),
                        CaseOrigin.MONITORING,
                        ItemCaseStatus.GRANTED,
                        true,
                        List.of(why)))
                .map(row -> {
                    grants.record(row, code.zh(), null, SYSTEM, STEP);
                    return row.id();
                });
    }

    /**
     * Grants one apply-free item after a grant it follows from: the case the assessment left waiting for that
     * grant takes the household key and becomes GRANTED with its reasons, or a new case is opened GRANTED with
     * {@code why}; false when the household holds the item already.
     */
    @Transactional
    public boolean grant(String applicationId, String householdKey, String communityCode, ItemCode code, String why) {
        return opening.push(applicationId, householdKey, communityCode, code.name())
                .map(row -> {
                    String reasons = row.reasons() == null || "[]".equals(row.reasons())
                            ? ReasonsJson.write(List.of(why))
                            : row.reasons();
                    cases.changeDecision(new DecisionChange(
                            row.id(), ItemCaseStatus.GRANTED.name(), reasons, null, clock.now(), SYSTEM, false));
                    grants.record(row, code.zh(), null, SYSTEM, STEP);
                    return true;
                })
                .orElse(false);
    }
}
