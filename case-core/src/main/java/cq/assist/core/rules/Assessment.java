package cq.assist.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of {@link Assessor#assess}: one decision per catalog item (in {@link ItemCode} order), the
 * apply-free grants, the causes of hardship and the ranked charity matches.
 *
 * @param householdId from the snapshot
 * @param date the assessment date
 * @param regionCode from the snapshot
 * @param householdSize living members counted
 * @param perCapitaIncome per-capita monthly income, null when an adult's income source was not found
 * @param decisions one per item, index = {@link ItemCode#ordinal()}
 * @param applyFreeGrants the apply-free items granted at once (ELIGIBLE)
 * @param causes declared and inferred causes of hardship
 * @param charityMatches matching projects, best first
 */
public record Assessment(
        String householdId,
        LocalDate date,
        String regionCode,
        int householdSize,
        BigDecimal perCapitaIncome,
        List<ItemDecision> decisions,
        List<ItemCode> applyFreeGrants,
        Set<HardshipCause> causes,
        List<CharityMatch> charityMatches) {

    public Assessment {
        Objects.requireNonNull(date, "date");
        decisions = List.copyOf(decisions);
        applyFreeGrants = List.copyOf(applyFreeGrants);
        charityMatches = List.copyOf(charityMatches);
    }

    /** The decision on {@code code}. */
    public ItemDecision decision(ItemCode code) {
        return decisions.get(code.ordinal());
    }
}
