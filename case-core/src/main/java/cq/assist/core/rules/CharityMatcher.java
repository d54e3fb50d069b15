package cq.assist.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Matches charity projects to an assessed household and ranks them by fit: shared causes first, then how
 * specific the project's region is, then need (低保/特困, then near-低保/rigid expenditure), then the larger
 * remaining fund. A project matches only when it is active, serves the household's region, helps one of
 * its causes, has a living member in its age range, meets its conditions, gives more than 0 per person and
 * has at least {@code CHARITY_MIN_FUND} left.
 */
final class CharityMatcher {

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::score)
            .reversed()
            .thenComparing(s -> s.project().fundBalance(), Comparator.reverseOrder())
            .thenComparing(s -> s.project().id());

    private CharityMatcher() {}

    static List<CharityMatch> match(
            HouseholdView view, Set<HardshipCause> causes, Base full, Base narrow, List<CharityProject> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        BigDecimal minFund = view.parameters.value(ParamKey.CHARITY_MIN_FUND);
        List<Scored> scored = new ArrayList<>(projects.size());
        for (CharityProject project : projects) {
            Scored candidate = score(view, causes, full, narrow, project, minFund);
            if (candidate != null) {
                scored.add(candidate);
            }
        }
        scored.sort(BEST_FIRST);
        List<CharityMatch> matches = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            CharityProject p = s.project();
            matches.add(new CharityMatch(p.id(), p.name(), p.organisation(), s.score(), s.reasons()));
        }
        return matches;
    }

    private static Scored score(
            HouseholdView view,
            Set<HardshipCause> causes,
            Base full,
            Base narrow,
            CharityProject project,
            BigDecimal minFund) {
        if (!project.active()
                || project.perPersonCap().signum() <= 0
                || project.fundBalance().compareTo(minFund) < 0) {
            return null;
        }
        int region = regionSpecificity(project.regionCodes(), view.snapshot.regionCode());
        if (region < 0) {
            return null;
        }
        StringBuilder shared = new StringBuilder();
        int overlap = 0;
        for (HardshipCause cause : project.causes()) {
            if (causes.contains(cause)) {
                shared.append(overlap++ == 0 ? "" : RuleWords.zh("list.separator"))
                        .append(cause.zh());
            }
        }
        Member fits = memberInAgeRange(view, project);
        if (overlap == 0 || fits == null || !conditionsMet(view, full, project)) {
            return null;
        }
        List<Reason> reasons = new ArrayList<>(5);
        reasons.add(Reason.of(ReasonKey.CHARITY_CAUSES, shared.toString()));
        reasons.add(
                region == 0
                        ? Reason.of(ReasonKey.CHARITY_REGION_CITY)
                        : Reason.of(ReasonKey.CHARITY_REGION, servedRegion(view, project)));
        if (project.minAge() != null || project.maxAge() != null) {
            reasons.add(Reason.of(ReasonKey.CHARITY_AGE, fits.displayName(), Integer.toString(view.age(fits))));
        }
        conditionReasons(view, project, reasons);
        reasons.add(Reason.of(
                ReasonKey.CHARITY_FUND, Texts.money(project.fundBalance()), Texts.money(project.perPersonCap())));
        int need = full.granted() ? 2 : narrow.granted() ? 1 : 0;
        return new Scored(project, overlap * 100 + region * 10 + need, reasons);
    }

    /** -1 when the project does not serve the region; 0 city-wide; 1 district; 2 street; 3 community. */
    static int regionSpecificity(List<String> projectRegions, String householdRegion) {
        if (projectRegions.isEmpty()) {
            return 0;
        }
        int best = -1;
        for (String code : projectRegions) {
            if (code.equals(PolicyParameters.CITY)) {
                best = Math.max(best, 0);
            } else if (RegionCodes.within(code, householdRegion)) {
                best = Math.max(best, code.length() >= 12 ? 3 : code.length() >= 9 ? 2 : 1);
            }
        }
        return best;
    }

    private static String servedRegion(HouseholdView view, CharityProject project) {
        String householdRegion = view.snapshot.regionCode();
        String best = "";
        for (String code : project.regionCodes()) {
            if (RegionCodes.within(code, householdRegion) && code.length() > best.length()) {
                best = code;
            }
        }
        return view.parameters.regionName(best);
    }

    private static Member memberInAgeRange(HouseholdView view, CharityProject project) {
        for (Member member : view.living) {
            int age = view.age(member);
            boolean old = project.minAge() == null || age >= project.minAge();
            boolean young = project.maxAge() == null || age <= project.maxAge();
            if (old && young) {
                return member;
            }
        }
        return null;
    }

    private static boolean conditionsMet(HouseholdView view, Base full, CharityProject project) {
        if (project.requiresDibao() && !full.granted()) {
            return false;
        }
        if (project.requiresLowIncome() && !lowIncome(view)) {
            return false;
        }
        return project.minMedicalExpenses() == null
                || view.medicalExpenses.compareTo(project.minMedicalExpenses()) >= 0;
    }

    private static void conditionReasons(HouseholdView view, CharityProject project, List<Reason> reasons) {
        if (project.requiresDibao()) {
            reasons.add(Reason.of(ReasonKey.CHARITY_DIBAO));
        }
        if (project.requiresLowIncome()) {
            reasons.add(Reason.of(
                    ReasonKey.CHARITY_LOW_INCOME, Texts.money(view.perCapitaIncome), Texts.money(edgeLine(view))));
        }
        if (project.minMedicalExpenses() != null) {
            reasons.add(Reason.of(
                    ReasonKey.CHARITY_MEDICAL,
                    Texts.money(view.medicalExpenses),
                    Texts.money(project.minMedicalExpenses())));
        }
    }

    private static boolean lowIncome(HouseholdView view) {
        return view.perCapitaIncome != null && view.perCapitaIncome.compareTo(edgeLine(view)) < 0;
    }

    private static BigDecimal edgeLine(HouseholdView view) {
        return view.parameters
                .value(IncomeRules.standardKey(view))
                .multiply(view.parameters.value(ParamKey.DIBAO_EDGE_RATIO));
    }

    private record Scored(CharityProject project, int score, List<Reason> reasons) {}
}
