package cq.assist.core.rules;

/**
 * The parameters the rules read. Values live in {@code policy_parameter} rows (seed
 * {@code 40_policy_parameter.csv}) with a region and an effective date; this enum only names them.
 */
public enum ParamKey {
    /** 低保 standard for urban households, yuan/month. */
    DIBAO_STANDARD_URBAN,
    /** 低保 standard for rural households, yuan/month. */
    DIBAO_STANDARD_RURAL,
    /** 特困 basic living standard, yuan/month per person. */
    TEKUN_STANDARD,
    /** near-低保 line as a multiple of the 低保 standard. */
    DIBAO_EDGE_RATIO,
    /** per-capita deposits + securities cap as a multiple of the monthly 低保 standard. */
    ASSET_PER_CAPITA_MONTHS,
    /** most vehicles a household may own. */
    MAX_VEHICLES,
    /** most homes a household may own. */
    MAX_HOMES,
    /** most registered businesses a household may hold. */
    MAX_BUSINESSES,
    /** per-capita floor area below which a household has housing difficulty, m². */
    HOUSING_AREA_PER_CAPITA_CAP,
    /** own-paid medical expenses in 12 months above which a household has rigid expenditure, yuan. */
    RIGID_MEDICAL_THRESHOLD,
    /** own-paid medical expenses in 12 months that count as a sudden big medical bill, yuan. */
    TEMP_AID_MEDICAL_THRESHOLD,
    /** temporary aid, one-off yuan. */
    TEMP_AID_AMOUNT,
    /** living subsidy for a poor disabled person of grade 1–2, yuan/month. */
    DISABLED_LIVING_SUBSIDY_SEVERE,
    /** living subsidy for a poor disabled person of grade 3–4, yuan/month. */
    DISABLED_LIVING_SUBSIDY_MILD,
    /** care subsidy for a severely disabled person (grade 1–2), yuan/month. */
    DISABLED_CARE_SUBSIDY,
    /** basic living allowance of an orphan or unsupported child, yuan/month. */
    CHILD_SUPPORT_STANDARD,
    /** age from which a minor is an adult, years. */
    ADULT_AGE,
    /** lower bound of working age, years (inclusive). */
    WORKING_AGE_MIN,
    /** upper bound of working age, years (exclusive: from this birthday a person is old). */
    WORKING_AGE_MAX,
    /** age from which the elderly-care subsidy applies, years. */
    ELDERLY_CARE_AGE,
    /** elderly-care subsidy, yuan/month per person. */
    ELDERLY_CARE_SUBSIDY,
    /** remaining fund below which a charity project is no longer matched, yuan. */
    CHARITY_MIN_FUND
}
