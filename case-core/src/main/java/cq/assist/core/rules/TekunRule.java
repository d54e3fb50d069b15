package cq.assist.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 特困: an adult member without working capacity (old age, disability grade 1–2 or declared unable),
 * with no income, and no other earner in the household; assets within the 低保 limits.
 */
final class TekunRule {

    private final HouseholdView view;
    private final DecisionBuilder b;
    private final List<Member> qualifying = new ArrayList<>(2);
    private final List<Reason> failures = new ArrayList<>(2);
    private boolean everyone;
    private boolean anyUnable;
    private boolean unknown;

    TekunRule(HouseholdView view) {
        this.view = view;
        this.b = new DecisionBuilder(ItemCode.TEKUN, view.parameters);
    }

    /** True when every living member qualifies on their own (then 低保 is not granted as well). */
    boolean everyone() {
        return everyone;
    }

    ItemDecision decide() {
        int minAge = b.useInt(ParamKey.WORKING_AGE_MIN);
        int oldAge = b.useInt(ParamKey.WORKING_AGE_MAX);
        BigDecimal standard = b.use(ParamKey.TEKUN_STANDARD);
        for (Member member : view.living) {
            int age = view.age(member);
            if (age >= minAge) {
                consider(member, age, oldAge);
            }
        }
        return finish(standard);
    }

    private void consider(Member member, int age, int oldAge) {
        Reason conflict = view.disabilityConflict(member);
        if (conflict != null && declaredSevere(member)) {
            b.conflict(conflict);
        }
        String capacity = noCapacity(member, age, oldAge);
        if (capacity == null) {
            return;
        }
        anyUnable = true;
        Member supporter = supporter(member);
        BigDecimal income = ownIncome(member);
        if (supporter != null) {
            failures.add(Reason.of(ReasonKey.TEKUN_HAS_SUPPORTER, supporter.displayName()));
        } else if (income == null) {
            unknown = true;
        } else if (income.signum() > 0) {
            failures.add(Reason.of(ReasonKey.TEKUN_HAS_INCOME, member.displayName(), Texts.money(income)));
        } else {
            qualifying.add(member);
            b.pass(Reason.of(ReasonKey.TEKUN_PERSON, member.displayName(), capacity));
        }
    }

    private ItemDecision finish(BigDecimal standard) {
        if (!qualifying.isEmpty()) {
            everyone = qualifying.size() == view.size();
            IncomeRules.assets(b, view, IncomeRules.standard(b, view));
            BigDecimal amount = standard.multiply(BigDecimal.valueOf(qualifying.size()));
            b.amount(amount)
                    .pass(Reason.of(
                            ReasonKey.TEKUN_AMOUNT,
                            Texts.money(standard),
                            Integer.toString(qualifying.size()),
                            Texts.money(amount)));
        } else if (unknown) {
            b.unknownAll(view.incomeMissing);
        } else if (!anyUnable) {
            b.fail(Reason.of(ReasonKey.TEKUN_NONE_UNABLE));
        } else {
            for (Reason failure : failures) {
                b.fail(failure);
            }
        }
        b.conflictAll(view.incomeConflicts);
        return b.build();
    }

    private String noCapacity(Member member, int age, int oldAge) {
        if (age >= oldAge) {
            return Reason.of(ReasonKey.TEKUN_OLD, Integer.toString(oldAge), Integer.toString(age))
                    .zh();
        }
        int grade = HouseholdView.certifiedGrade(member);
        if (grade == 1 || grade == 2) {
            return Reason.of(ReasonKey.TEKUN_SEVERE_DISABILITY, Integer.toString(grade))
                    .zh();
        }
        if (member.employment() == Employment.UNABLE) {
            return Reason.of(ReasonKey.TEKUN_UNABLE).zh();
        }
        return null;
    }

    private static boolean declaredSevere(Member member) {
        Integer declared = member.declaredDisabilityGrade();
        return declared != null && declared <= 2;
    }

    private Member supporter(Member member) {
        for (Member other : view.living) {
            if (other != member && view.isEarner(other)) {
                return other;
            }
        }
        return null;
    }

    /** The member's monthly income, null when a source had no answer. */
    private static BigDecimal ownIncome(Member member) {
        MemberFacts facts = member.facts();
        if (!facts.monthlyWage().found()
                || !facts.monthlyPension().found()
                || !facts.monthlyOtherIncome().found()) {
            return null;
        }
        return facts.monthlyWage()
                .value()
                .add(facts.monthlyPension().value())
                .add(facts.monthlyOtherIncome().value());
    }
}
