package cq.assist.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Entry point of the rules: {@code assess(snapshot, parameters at a date)}. Pure and thread-safe. */
public final class Assessor {

    private static final ItemCode[] ITEMS = ItemCode.values();

    private Assessor() {}

    /**
     * Assesses every item of the happiness list for the household on {@code date}, with the parameters in
     * force on that date in the household's region, and ranks the charity projects. Same inputs, same
     * output.
     *
     * @param snapshot the household and its checked facts; must not be null
     * @param parameters all parameter rows; must not be null
     * @param date the assessment date (ages and parameters are taken on this day); must not be null
     * @param projects charity projects to match; may be empty
     * @throws MissingParameterException when a parameter the rules need has no row in force
     */
    public static Assessment assess(
            HouseholdSnapshot snapshot, PolicyParameters parameters, LocalDate date, List<CharityProject> projects) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(date, "date");
        HouseholdView view = new HouseholdView(snapshot, parameters.at(date, snapshot.regionCode()));
        ItemDecision[] decisions = new ItemDecision[ITEMS.length];
        Base full = incomeTested(view, decisions);
        Base narrow = Base.narrow(at(decisions, ItemCode.DIBAO_EDGE), at(decisions, ItemCode.RIGID_EXPENSE));
        situational(view, full, decisions);
        List<ItemCode> applyFree = following(view, full, narrow, decisions);
        Set<HardshipCause> causes = CauseRules.causes(view);
        return new Assessment(
                snapshot.householdId(),
                date,
                snapshot.regionCode(),
                view.size(),
                view.perCapitaIncome,
                Arrays.asList(decisions),
                applyFree,
                causes,
                CharityMatcher.match(view, causes, full, narrow, projects));
    }

    private static Base incomeTested(HouseholdView view, ItemDecision[] decisions) {
        TekunRule tekunRule = new TekunRule(view);
        ItemDecision tekun = tekunRule.decide();
        ItemDecision dibao = IncomeRules.dibao(view, tekun, tekunRule.everyone());
        decisions[ItemCode.TEKUN.ordinal()] = tekun;
        decisions[ItemCode.DIBAO.ordinal()] = dibao;
        decisions[ItemCode.DIBAO_EDGE.ordinal()] = IncomeRules.edge(view);
        decisions[ItemCode.RIGID_EXPENSE.ordinal()] = IncomeRules.rigid(view);
        return Base.full(dibao, tekun);
    }

    private static void situational(HouseholdView view, Base full, ItemDecision[] decisions) {
        decisions[ItemCode.TEMP_AID.ordinal()] = SupportRules.tempAid(view);
        decisions[ItemCode.DISABLED_LIVING.ordinal()] = SupportRules.disabledLiving(view, full);
        decisions[ItemCode.DISABLED_CARE.ordinal()] = SupportRules.disabledCare(view);
        decisions[ItemCode.CHILD_SUPPORT.ordinal()] = ChildSupportRule.decide(view);
        decisions[ItemCode.ELDERLY_CARE.ordinal()] = SupportRules.elderlyCare(view, full);
        decisions[ItemCode.FUNERAL_WAIVER.ordinal()] = SupportRules.funeralWaiver(view, full);
        decisions[ItemCode.DISASTER_AID.ordinal()] = SupportRules.disasterAid(view);
    }

    /** The joint and apply-free items; returns the apply-free grants not already held or pending. */
    private static List<ItemCode> following(HouseholdView view, Base full, Base narrow, ItemDecision[] decisions) {
        List<ItemCode> applyFree = new ArrayList<>(5);
        for (ItemCode code : ITEMS) {
            if (code.joint() || code.applyFree()) {
                ItemDecision decision = JointRules.decide(view, code, full, narrow);
                decisions[code.ordinal()] = decision;
                if (code.applyFree()
                        && decision.outcome() == Outcome.ELIGIBLE
                        && !view.snapshot.heldOrPending().contains(code)) {
                    applyFree.add(code);
                }
            }
        }
        return applyFree;
    }

    private static ItemDecision at(ItemDecision[] decisions, ItemCode code) {
        return decisions[code.ordinal()];
    }

    /** As {@link #assess(HouseholdSnapshot, PolicyParameters, LocalDate, List)} without charity projects. */
    public static Assessment assess(HouseholdSnapshot snapshot, PolicyParameters parameters, LocalDate date) {
        return assess(snapshot, parameters, date, List.of());
    }
}
