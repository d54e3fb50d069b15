package cq.assist.core.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of a policy parameter as administrators see it.
 *
 * @param key parameter name, e.g. {@code DIBAO_STANDARD_URBAN}
 * @param regionCode region it applies to ({@code 500000}: the whole city)
 * @param value the value in {@code unit} (yuan for money)
 * @param effectiveFrom first day it applies
 * @param unit YUAN_MONTH, YUAN, RATIO, SQM, COUNT, YEARS
 * @param source the published source or "working assumption"; may be null for old seed rows
 * @param createdBy the account that published it ({@code seed} for the seed files)
 */
public record ParameterVersion(
        String key,
        String regionCode,
        BigDecimal value,
        LocalDate effectiveFrom,
        String unit,
        String source,
        String createdBy) {}
