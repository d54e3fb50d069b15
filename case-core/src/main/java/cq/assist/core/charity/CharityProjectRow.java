package cq.assist.core.charity;

import java.math.BigDecimal;

/** One active row of {@code charity_project} with its organisation's name; lists are comma-separated. */
public record CharityProjectRow(
        String id,
        String name,
        String organisation,
        String causes,
        String regionCodes,
        Integer minAge,
        Integer maxAge,
        boolean requiresDibao,
        boolean requiresLowIncome,
        BigDecimal minMedicalExpenses,
        BigDecimal fundRemaining,
        BigDecimal perPersonCap,
        boolean active) {}
