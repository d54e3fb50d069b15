package cq.assist.core.intake;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;

/**
 * CONFLICT {@code household-already-covered}: a member of the filing is in another application that is open or
 * granted. Knows the covering application's id for the audit entry of the refusal; the problem document shows
 * its number only to a filer entitled to it ({@link HouseholdClaims}).
 */
final class HouseholdCovered extends DomainException {

    private final String coveringApplicationId;

    HouseholdCovered(String messageKey, String coveringApplicationId, Object... args) {
        super(ProblemKind.CONFLICT, messageKey, args);
        this.coveringApplicationId = coveringApplicationId;
        withType("household-already-covered");
    }

    /** The id of the application that covers the household. */
    String coveringApplicationId() {
        return coveringApplicationId;
    }
}
