package cq.assist.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of the figures and places that reasons name. */
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

    /**
     * The Chinese name of a region a parameter row applies to. Names of the places in the public sources
     * (policy-facts.md); any other code is named by its code.
     */
    static String regionName(String code) {
        return switch (code) {
            case PolicyParameters.CITY -> "重庆市";
            case "500103" -> "渝中区";
            case "500105" -> "江北区";
            case "500111" -> "大足区";
            case "500154" -> "开州区";
            default -> "区域 " + code;
        };
    }
}
