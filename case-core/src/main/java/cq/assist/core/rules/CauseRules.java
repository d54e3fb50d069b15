package cq.assist.core.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Causes of hardship: the declared ones plus those the facts show — medical spending above the
 * rigid-expenditure threshold (ILLNESS), a disability (DISABILITY), a student (EDUCATION), no earner
 * (NO_EARNER), a member past working age (OLD_AGE), an unemployed member of working age (UNEMPLOYMENT).
 */
final class CauseRules {

    private CauseRules() {}

    static Set<HardshipCause> causes(HouseholdView view) {
        EnumSet<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);
        causes.addAll(view.snapshot.declaredCauses());
        ParameterSet parameters = view.parameters;
        BigDecimal threshold = parameters.value(ParamKey.RIGID_MEDICAL_THRESHOLD);
        if (view.medicalExpenses.compareTo(threshold) > 0) {
            causes.add(HardshipCause.ILLNESS);
        }
        if (view.anyStudent()) {
            causes.add(HardshipCause.EDUCATION);
        }
        int min = parameters.value(ParamKey.WORKING_AGE_MIN).intValue();
        int old = parameters.value(ParamKey.WORKING_AGE_MAX).intValue();
        boolean earner = false;
        for (Member member : view.living) {
            int age = view.age(member);
            earner |= view.isEarner(member);
            if (HouseholdView.certifiedGrade(member) > 0 || member.declaredDisabilityGrade() != null) {
                causes.add(HardshipCause.DISABILITY);
            }
            if (age >= old) {
                causes.add(HardshipCause.OLD_AGE);
            }
            if (member.employment() == Employment.UNEMPLOYED && age >= min && age < old) {
                causes.add(HardshipCause.UNEMPLOYMENT);
            }
        }
        if (!earner && !view.living.isEmpty()) {
            causes.add(HardshipCause.NO_EARNER);
        }
        return Collections.unmodifiableSet(causes);
    }
}
