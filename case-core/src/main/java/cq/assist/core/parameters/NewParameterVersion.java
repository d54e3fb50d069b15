package cq.assist.core.parameters;

/**
 * A parameter version as an administrator sent it: every field as text, checked by
 * {@link PublishingParameters}.
 *
 * @param key parameter name; must name a parameter that has a version already (its unit is kept)
 * @param regionCode a known region ({@code 500000}: the whole city)
 * @param value a decimal number, not negative; yuan with at most 2 decimals for money
 * @param effectiveFrom ISO date ({@code 2027-01-01}), today or later in business time
 * @param source where the figure comes from (a document number, or "working assumption"), at most 255
 */
public record NewParameterVersion(String key, String regionCode, String value, String effectiveFrom, String source) {}
