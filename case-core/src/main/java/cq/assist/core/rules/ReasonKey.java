package cq.assist.core.rules;

/**
 * Every reason sentence the rules produce, in Chinese (what clerks and residents read) with an English
 * twin (logs, tests). The templates are in the bundle {@code messages/rules} under {@code reason.<name>};
 * {@code {0}}…{@code {9}} are the arguments, already formatted.
 */
public enum ReasonKey {
    INCOME_BELOW,
    INCOME_NOT_BELOW,
    INCOME_MISSING,
    KNOWN_INCOME_NOT_BELOW,
    NO_LIVING_MEMBER,
    DIBAO_AMOUNT,
    DIBAO_COVERED_BY_TEKUN,
    ASSETS_WITHIN,
    FINANCIAL_OVER,
    VEHICLES_OVER,
    HOMES_OVER,
    BUSINESSES_OVER,
    ASSET_MISSING,
    PUBLIC_PAYROLL,
    EMPLOYMENT_CONFLICT,
    DISABILITY_NO_CERTIFICATE,
    DISABILITY_GRADE_MISMATCH,
    TEKUN_PERSON,
    TEKUN_OLD,
    TEKUN_SEVERE_DISABILITY,
    TEKUN_UNABLE,
    TEKUN_AMOUNT,
    TEKUN_NONE_UNABLE,
    TEKUN_HAS_INCOME,
    TEKUN_HAS_SUPPORTER,
    EDGE_BETWEEN,
    EDGE_BELOW_STANDARD,
    EDGE_NOT_BELOW_LINE,
    MEDICAL_OVER,
    MEDICAL_NOT_OVER,
    MEDICAL_MISSING,
    RIGID_AFTER_BELOW,
    RIGID_AFTER_NOT_BELOW,
    TEMP_DECLARED,
    TEMP_MEDICAL,
    TEMP_NONE,
    DISABLED_MEMBER,
    DISABLED_NONE,
    DISABLED_NONE_SEVERE,
    BASE_GRANTED,
    BASE_REVIEW,
    BASE_NOT_GRANTED,
    SUBSIDY_TOTAL,
    CHILD_ORPHAN,
    CHILD_UNSUPPORTED,
    CHILD_HAS_PARENT,
    CHILD_NEEDS_CHECK,
    CHILD_NOT_UNSUPPORTED,
    CHILD_NONE,
    ELDER_MEMBER,
    ELDER_NONE,
    FUNERAL_DECEASED,
    FUNERAL_NONE,
    DISASTER_DECLARED,
    DISASTER_NONE,
    HOUSING_NO_HOME,
    HOUSING_SMALL,
    HOUSING_NONE,
    MEDICAL_HAS,
    MEDICAL_NONE,
    STUDENT_HAS,
    STUDENT_NONE,
    UNEMPLOYED_HAS,
    UNEMPLOYED_NONE,
    LEGAL_HAS,
    LEGAL_NONE,
    JOINT_PUSHED,
    JOINT_NOT_GRANTED,
    APPLY_FREE_GRANTED,
    CHARITY_CAUSES,
    CHARITY_REGION_CITY,
    CHARITY_REGION,
    CHARITY_AGE,
    CHARITY_DIBAO,
    CHARITY_LOW_INCOME,
    CHARITY_MEDICAL,
    CHARITY_FUND;

    private final String zh;
    private final String en;

    ReasonKey() {
        this.zh = RuleWords.zh("reason." + name());
        this.en = RuleWords.en("reason." + name());
    }

    /** Chinese template. */
    public String zh() {
        return zh;
    }

    /** English template. */
    public String en() {
        return en;
    }
}
