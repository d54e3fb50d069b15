package cq.assist.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One effective-dated parameter row, as stored in {@code policy_parameter}.
 *
 * @param key parameter name, e.g. {@code DIBAO_STANDARD_URBAN}
 * @param regionCode region it applies to; {@code 500000} is the whole city
 * @param effectiveFrom first day it applies
 * @param value the value
 * @param unit YUAN_MONTH, YUAN, RATIO, SQM, COUNT, YEARS
 * @param note source or "working assumption"; may be null
 */
public record ParameterRow(
        String key, String regionCode, LocalDate effectiveFrom, BigDecimal value, String unit, String note) {

    public ParameterRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** The identity of this row, as decisions record it. */
    public ParameterRef ref() {
        return new ParameterRef(key, regionCode, effectiveFrom);
    }
}
