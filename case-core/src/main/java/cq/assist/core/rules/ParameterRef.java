package cq.assist.core.rules;

import java.time.LocalDate;

/** Which parameter row a decision used: (key, region, effective_from) is unique in the table. */
public record ParameterRef(String key, String regionCode, LocalDate effectiveFrom) {}
