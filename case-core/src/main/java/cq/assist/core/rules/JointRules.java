package cq.assist.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The joint items (housing, legal, medical, education, employment) and the five apply-free items: they
 * follow a 低保/特困 grant when their condition holds; near-低保 and rigid-expenditure households get the
 * narrow set (medical aid, education aid, medical-insurance premium).
 */
final class JointRules {

    /** Items that follow a 低保边缘 or 刚性支出 grant too. */
    static final Set<ItemCode> NARROW =
            EnumSet.of(ItemCode.MEDICAL_AID, ItemCode.EDUCATION_AID, ItemCode.MEDICAL_PREMIUM);

    private JointRules() {}

    static ItemDecision decide(HouseholdView view, ItemCode code, Base full, Base narrow) {
        DecisionBuilder b = new DecisionBuilder(code, view.parameters).joint();
        if (!code.applyFree() && !condition(view, code, b)) {
            return b.build();
        }
        boolean narrowItem = NARROW.contains(code);
        Base base = full.granted() || !narrowItem || !narrow.granted() ? full : narrow;
        if (base.granted()) {
            Reason reason = code.applyFree()
                    ? Reason.of(ReasonKey.APPLY_FREE_GRANTED, base.label())
                    : Reason.of(ReasonKey.JOINT_PUSHED, base.label(), department(code));
            return b.pass(reason).build();
        }
        if (full.outcome() == Outcome.NEEDS_REVIEW || (narrowItem && narrow.outcome() == Outcome.NEEDS_REVIEW)) {
            return b.unknown(Reason.of(ReasonKey.BASE_REVIEW)).build();
        }
        return b.fail(Reason.of(ReasonKey.JOINT_NOT_GRANTED, narrowItem ? RuleWords.zh("joint.narrowAlso") : ""))
                .build();
    }

    /** Whether the item's own condition holds, with the reason added (a failure when it does not). */
    static boolean condition(HouseholdView view, ItemCode code, DecisionBuilder b) {
        return switch (code) {
            case HOUSING -> housing(view, b);
            case MEDICAL_AID -> medical(view, b);
            case EDUCATION_AID -> education(view, b);
            case EMPLOYMENT_AID -> employment(view, b);
            case LEGAL_AID -> legal(view, b);
            default -> true;
        };
    }

    private static boolean housing(HouseholdView view, DecisionBuilder b) {
        BigDecimal cap = b.use(ParamKey.HOUSING_AREA_PER_CAPITA_CAP);
        Housing housing = view.snapshot.housing();
        if (!housing.ownsHome()) {
            b.pass(Reason.of(ReasonKey.HOUSING_NO_HOME));
            return true;
        }
        if (housing.areaSqm() == null || view.size() == 0) {
            b.fail(Reason.of(ReasonKey.HOUSING_NONE, "—"));
            return false;
        }
        BigDecimal perCapita = housing.areaSqm().divide(BigDecimal.valueOf(view.size()), 2, RoundingMode.HALF_UP);
        if (perCapita.compareTo(cap) < 0) {
            b.pass(Reason.of(ReasonKey.HOUSING_SMALL, Texts.plain(perCapita), Texts.plain(cap)));
            return true;
        }
        b.fail(Reason.of(ReasonKey.HOUSING_NONE, Texts.plain(perCapita)));
        return false;
    }

    private static boolean medical(HouseholdView view, DecisionBuilder b) {
        if (view.medicalExpenses.signum() > 0) {
            b.pass(Reason.of(ReasonKey.MEDICAL_HAS, Texts.money(view.medicalExpenses)));
            return true;
        }
        b.fail(Reason.of(ReasonKey.MEDICAL_NONE));
        return false;
    }

    private static boolean education(HouseholdView view, DecisionBuilder b) {
        Member student = view.firstStudent();
        if (student != null) {
            b.pass(Reason.of(ReasonKey.STUDENT_HAS, student.displayName()));
            return true;
        }
        b.fail(Reason.of(ReasonKey.STUDENT_NONE));
        return false;
    }

    private static boolean employment(HouseholdView view, DecisionBuilder b) {
        Member unemployed = unemployedOfWorkingAge(view, b);
        if (unemployed == null) {
            b.fail(Reason.of(ReasonKey.UNEMPLOYED_NONE));
            return false;
        }
        b.pass(Reason.of(ReasonKey.UNEMPLOYED_HAS, unemployed.displayName(), Integer.toString(view.age(unemployed))));
        BigDecimal wage = unemployed.facts().monthlyWage().orElse(BigDecimal.ZERO);
        if (wage.signum() > 0) {
            b.conflict(Reason.of(ReasonKey.EMPLOYMENT_CONFLICT, unemployed.displayName(), Texts.money(wage)));
        }
        return true;
    }

    /** The first unemployed member of working age, null when none. */
    static Member unemployedOfWorkingAge(HouseholdView view, DecisionBuilder b) {
        int min = b.useInt(ParamKey.WORKING_AGE_MIN);
        int max = b.useInt(ParamKey.WORKING_AGE_MAX);
        for (Member member : view.living) {
            int age = view.age(member);
            if (member.employment() == Employment.UNEMPLOYED && age >= min && age < max) {
                return member;
            }
        }
        return null;
    }

    private static boolean legal(HouseholdView view, DecisionBuilder b) {
        if (view.snapshot.legalMatter()) {
            b.pass(Reason.of(ReasonKey.LEGAL_HAS));
            return true;
        }
        b.fail(Reason.of(ReasonKey.LEGAL_NONE));
        return false;
    }

    private static String department(ItemCode code) {
        return switch (code) {
            case HOUSING, LEGAL_AID, MEDICAL_AID, EDUCATION_AID, EMPLOYMENT_AID -> RuleWords.zh("department." + code);
            default -> RuleWords.zh("department.OTHER");
        };
    }
}
