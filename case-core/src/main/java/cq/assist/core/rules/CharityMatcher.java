package cq.assist.core.rules;

import java.util.List;

/** Matches charity projects to an assessed household and ranks them by fit. Pure. */
final class CharityMatcher {

    private CharityMatcher() {}

    /**
     * The projects that fit the household, best first. A project matches only when it is active, serves
     * the household's region, helps one of its causes, has a living member in its age range, meets its
     * conditions, has a per-person cap above 0 and at least {@code CHARITY_MIN_FUND} left.
     */
    static List<CharityMatch> match(HouseholdView household, List<CharityProject> projects) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
