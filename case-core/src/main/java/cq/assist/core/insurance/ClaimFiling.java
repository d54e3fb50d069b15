package cq.assist.core.insurance;

import java.math.BigDecimal;

/**
 * What goes to the insurer: the claim reference, the insured person and the own-paid medical expenses
 * claimed (yuan). Carries a full ID number: an adapter must not log it.
 */
public record ClaimFiling(String claimId, String insuredName, String insuredIdNumber, BigDecimal amountClaimed) {

    @Override
    public String toString() {
        return "ClaimFiling[" + claimId + ", " + amountClaimed + "]";
    }
}
