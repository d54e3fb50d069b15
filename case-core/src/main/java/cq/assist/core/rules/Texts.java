package cq.assist.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of the figures that reasons name. */
final class Texts {

    private Texts() {}

    /** Yuan with 2 decimals, e.g. {@code 810.00}. */
    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A ratio, area or count without trailing zeros, e.g. {@code 1.5}, {@code 24}. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
