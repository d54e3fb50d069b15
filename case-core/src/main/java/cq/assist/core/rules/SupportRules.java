package cq.assist.core.rules;

import java.math.BigDecimal;

/** Items that follow from a situation: temporary aid, disability, elderly, funeral and disaster. */
final class SupportRules {

    private SupportRules() {}

    static ItemDecision tempAid(HouseholdView view) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.TEMP_AID, view.parameters);
        BigDecimal amount = b.use(ParamKey.TEMP_AID_AMOUNT);
        BigDecimal threshold = b.use(ParamKey.TEMP_AID_MEDICAL_THRESHOLD);
        boolean any = false;
        for (HardshipCause cause : view.snapshot.declaredCauses()) {
            if (cause == HardshipCause.DISASTER || cause == HardshipCause.ACCIDENT) {
                String what = RuleWords.zh(cause == HardshipCause.DISASTER ? "temp.disaster" : "temp.accident");
                b.pass(Reason.of(ReasonKey.TEMP_DECLARED, what, Texts.money(amount)));
                any = true;
            }
        }
        if (view.medicalExpenses.compareTo(threshold) >= 0) {
            b.pass(Reason.of(
                    ReasonKey.TEMP_MEDICAL,
                    Texts.money(view.medicalExpenses),
                    Texts.money(threshold),
                    Texts.money(amount)));
            any = true;
        }
        if (!any) {
            b.fail(Reason.of(ReasonKey.TEMP_NONE));
        }
        return b.amount(amount).build();
    }

    static ItemDecision disabledLiving(HouseholdView view, Base base) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.DISABLED_LIVING, view.parameters);
        BigDecimal total = BigDecimal.ZERO;
        for (Member member : view.living) {
            int grade = HouseholdView.certifiedGrade(member);
            Reason conflict = view.disabilityConflict(member);
            if (conflict != null) {
                b.conflict(conflict);
            }
            if (grade > 0) {
                ParamKey key =
                        grade <= 2 ? ParamKey.DISABLED_LIVING_SUBSIDY_SEVERE : ParamKey.DISABLED_LIVING_SUBSIDY_MILD;
                BigDecimal subsidy = b.use(key);
                total = total.add(subsidy);
                b.pass(Reason.of(
                        ReasonKey.DISABLED_MEMBER,
                        member.displayName(),
                        Integer.toString(grade),
                        Texts.money(subsidy)));
            }
        }
        return disabilityTotal(b, total, ReasonKey.DISABLED_NONE, base);
    }

    static ItemDecision disabledCare(HouseholdView view) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.DISABLED_CARE, view.parameters);
        BigDecimal total = BigDecimal.ZERO;
        for (Member member : view.living) {
            int grade = HouseholdView.certifiedGrade(member);
            Reason conflict = view.disabilityConflict(member);
            Integer declared = member.declaredDisabilityGrade();
            if (conflict != null && (grade == 1 || grade == 2 || (declared != null && declared <= 2))) {
                b.conflict(conflict);
            }
            if (grade == 1 || grade == 2) {
                BigDecimal subsidy = b.use(ParamKey.DISABLED_CARE_SUBSIDY);
                total = total.add(subsidy);
                b.pass(Reason.of(
                        ReasonKey.DISABLED_MEMBER,
                        member.displayName(),
                        Integer.toString(grade),
                        Texts.money(subsidy)));
            }
        }
        return disabilityTotal(b, total, ReasonKey.DISABLED_NONE_SEVERE, null);
    }

    private static ItemDecision disabilityTotal(DecisionBuilder b, BigDecimal total, ReasonKey none, Base base) {
        if (total.signum() == 0) {
            return b.fail(Reason.of(none)).build();
        }
        if (base != null) {
            base.apply(b);
        }
        return b.amount(total)
                .pass(Reason.of(ReasonKey.SUBSIDY_TOTAL, Texts.money(total)))
                .build();
    }

    static ItemDecision elderlyCare(HouseholdView view, Base base) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.ELDERLY_CARE, view.parameters);
        int from = b.useInt(ParamKey.ELDERLY_CARE_AGE);
        BigDecimal total = BigDecimal.ZERO;
        for (Member member : view.living) {
            int age = view.age(member);
            if (age >= from) {
                BigDecimal subsidy = b.use(ParamKey.ELDERLY_CARE_SUBSIDY);
                total = total.add(subsidy);
                b.pass(Reason.of(
                        ReasonKey.ELDER_MEMBER,
                        member.displayName(),
                        Integer.toString(from),
                        Integer.toString(age),
                        Texts.money(subsidy)));
            }
        }
        if (total.signum() == 0) {
            return b.fail(Reason.of(ReasonKey.ELDER_NONE, Integer.toString(from)))
                    .build();
        }
        base.apply(b);
        return b.amount(total)
                .pass(Reason.of(ReasonKey.SUBSIDY_TOTAL, Texts.money(total)))
                .build();
    }

    static ItemDecision funeralWaiver(HouseholdView view, Base base) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.FUNERAL_WAIVER, view.parameters);
        Member deceased = null;
        for (Member member : view.members) {
            if (!member.alive()) {
                deceased = member;
                break;
            }
        }
        if (deceased == null) {
            return b.fail(Reason.of(ReasonKey.FUNERAL_NONE)).build();
        }
        b.pass(Reason.of(ReasonKey.FUNERAL_DECEASED, deceased.displayName()));
        base.apply(b);
        return b.build();
    }

    static ItemDecision disasterAid(HouseholdView view) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.DISASTER_AID, view.parameters);
        if (view.snapshot.declaredCauses().contains(HardshipCause.DISASTER)) {
            return b.pass(Reason.of(ReasonKey.DISASTER_DECLARED)).build();
        }
        return b.fail(Reason.of(ReasonKey.DISASTER_NONE)).build();
    }
}
