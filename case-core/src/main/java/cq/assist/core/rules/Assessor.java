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
        TekunRule tekunRule = new TekunRule(view);
        ItemDecision tekun = tekunRule.decide();
        ItemDecision dibao = IncomeRules.dibao(view, tekun, tekunRule.everyone());
        decisions[ItemCode.TEKUN.ordinal()] = tekun;
        decisions[ItemCode.DIBAO.ordinal()] = dibao;
        decisions[ItemCode.DIBAO_EDGE.ordinal()] = IncomeRules.edge(view);
        decisions[ItemCode.RIGID_EXPENSE.ordinal()] = IncomeRules.rigid(view);
        Base full = Base.full(dibao, tekun);
        Base narrow =
                Base.narrow(decisions[ItemCode.DIBAO_EDGE.ordinal()], decisions[ItemCode.RIGID_EXPENSE.ordinal()]);
        decisions[ItemCode.TEMP_AID.ordinal()] = SupportRules.tempAid(view);
        decisions[ItemCode.DISABLED_LIVING.ordinal()] = SupportRules.disabledLiving(view, full);
        decisions[ItemCode.DISABLED_CARE.ordinal()] = SupportRules.disabledCare(view);
        decisions[ItemCode.CHILD_SUPPORT.ordinal()] = ChildSupportRule.decide(view);
        decisions[ItemCode.ELDERLY_CARE.ordinal()] = SupportRules.elderlyCare(view, full);
        decisions[ItemCode.FUNERAL_WAIVER.ordinal()] = SupportRules.funeralWaiver(view, full);
        decisions[ItemCode.DISASTER_AID.ordinal()] = SupportRules.disasterAid(view);
        List<ItemCode> applyFree = new ArrayList<>(5);
        for (ItemCode code : ITEMS) {
            if (decisions[code.ordinal()] == null) {
                ItemDecision decision = JointRules.decide(view, code, full, narrow);
                decisions[code.ordinal()] = decision;
                if (code.applyFree()
                        && decision.outcome() == Outcome.ELIGIBLE
                        && !snapshot.heldOrPending().contains(code)) {
                    applyFree.add(code);
                }
            }
        }
        Set<HardshipCause> causes = CauseRules.causes(view);
        List<CharityMatch> matches = CharityMatcher.match(view, causes, full, narrow, projects);
        return new Assessment(
                snapshot.householdId(),
                date,
                snapshot.regionCode(),
                view.size(),
                view.perCapitaIncome,
                Arrays.asList(decisions),
                applyFree,
                causes,
                matches);
    }

    /** As {@link #assess(HouseholdSnapshot, PolicyParameters, LocalDate, List)} without charity projects. */
    public static Assessment assess(HouseholdSnapshot snapshot, PolicyParameters parameters, LocalDate date) {
        return assess(snapshot, parameters, date, List.of());
    }
}
