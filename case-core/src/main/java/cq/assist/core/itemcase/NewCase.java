package cq.assist.core.itemcase;

import java.util.List;
import java.util.Objects;

/**
 * A case to open.
 *
 * @param householdKey blind index of the household (the applicant's ID hash)
 * @param communityCode the household's community; the department is the item's kind at its district
 * @param holdKey true to take the household's active key (an open or granted case); false for a case
 *     recorded as NOT_ELIGIBLE or a joint item waiting for its base grant
 * @param reasons Chinese sentences the resident reads
 * @param proposedAmount the rules' amount before a decision (yuan, 2 places; per month for monthly
 *     items); null when the item pays no cash or the rules propose none
 */
public record NewCase(
        String applicationId,
        String householdKey,
        String communityCode,
        String itemCode,
        CaseOrigin origin,
        ItemCaseStatus status,
        boolean holdKey,
        List<String> reasons,
        java.math.BigDecimal proposedAmount) {

    /** A case with no proposed amount. */
    public NewCase(
            String applicationId,
            String householdKey,
            String communityCode,
            String itemCode,
            CaseOrigin origin,
            ItemCaseStatus status,
            boolean holdKey,
            List<String> reasons) {
        this(applicationId, householdKey, communityCode, itemCode, origin, status, holdKey, reasons, null);
    }

    public NewCase {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(householdKey, "householdKey");
        Objects.requireNonNull(communityCode, "communityCode");
        Objects.requireNonNull(itemCode, "itemCode");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
