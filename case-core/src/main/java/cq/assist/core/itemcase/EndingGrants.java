package cq.assist.core.itemcase;

import cq.assist.core.time.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * A follow-up review (origin MONITORING) that ends REJECTED stops the household's grant of that item: it is
 * paid to the end of the month of the decision and no longer (policy-facts: lost eligibility ends a
 * benefit only after review and notice). The ended case gives up the household's key of the item, and its
 * application no longer holds the household's claim (issue 7): the household may file again. Joins the
 * caller's transaction.
 */
@Component
class EndingGrants {

    private final GrantEndingMapper grants;
    private final BusinessClock clock;

    EndingGrants(GrantEndingMapper grants, BusinessClock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    /** After a REJECT of {@code row}: ends the household's grants of the item when the case was a review. */
    void afterRejection(ItemCaseRow row) {
        if (CaseOrigin.MONITORING.name().equals(row.origin())) {
            grants.updateEnd(
                    row.householdKey(),
                    row.itemCode(),
                    clock.today().withDayOfMonth(clock.today().lengthOfMonth()));
            grants.updateReleaseEndedKeys(row.householdKey(), row.itemCode());
        }
    }
}
