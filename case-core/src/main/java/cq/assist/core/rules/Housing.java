package cq.assist.core.rules;

import java.math.BigDecimal;

/**
 * Declared housing of the household.
 *
 * @param ownsHome the household owns the home it lives in
 * @param areaSqm floor area of the home it lives in (m²), null when unknown
 */
public record Housing(boolean ownsHome, BigDecimal areaSqm) {}
