package cq.assist.core.rules;

/**
 * The working catalog of the 21 items of the happiness list (policy-facts.md), in display order. The
 * database table {@code assistance_item} holds the same codes.
 */
public enum ItemCode {
    DIBAO(Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    TEKUN(Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    DIBAO_EDGE(Kind.APPLY, AmountUnit.NONE, false),
    RIGID_EXPENSE(Kind.APPLY, AmountUnit.NONE, false),
    TEMP_AID(Kind.APPLY, AmountUnit.YUAN_ONCE, false),
    DISABLED_LIVING(Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    DISABLED_CARE(Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    CHILD_SUPPORT(Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    ELDERLY_CARE(Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    FUNERAL_WAIVER(Kind.APPLY, AmountUnit.NONE, false),
    HOUSING(Kind.APPLY, AmountUnit.NONE, true),
    LEGAL_AID(Kind.APPLY, AmountUnit.NONE, true),
    MEDICAL_AID(Kind.APPLY, AmountUnit.NONE, true),
    MEDICAL_PREMIUM(Kind.APPLY_FREE, AmountUnit.NONE, false),
    EDUCATION_AID(Kind.APPLY, AmountUnit.NONE, true),
    EMPLOYMENT_AID(Kind.APPLY, AmountUnit.NONE, true),
    PENSION_PREMIUM(Kind.APPLY_FREE, AmountUnit.NONE, false),
    DISASTER_AID(Kind.APPLY, AmountUnit.NONE, false),
    POWER_WAIVER(Kind.APPLY_FREE, AmountUnit.NONE, false),
    WATER_GAS_WAIVER(Kind.APPLY_FREE, AmountUnit.NONE, false),
    CABLE_TV_WAIVER(Kind.APPLY_FREE, AmountUnit.NONE, false);

    /** Whether the resident applies or the item is granted without applying (免申即享). */
    public enum Kind {
        APPLY,
        APPLY_FREE
    }

    /** What an amount on a decision for this item means. */
    public enum AmountUnit {
        /** no amount: a status, a waiver or a service */
        NONE,
        /** yuan per month */
        YUAN_MONTH,
        /** a one-off payment in yuan */
        YUAN_ONCE
    }

    private final String zh;
    private final Kind kind;
    private final AmountUnit amountUnit;
    private final boolean joint;

    ItemCode(Kind kind, AmountUnit amountUnit, boolean joint) {
        this.zh = RuleWords.zh("item." + name());
        this.kind = kind;
        this.amountUnit = amountUnit;
        this.joint = joint;
    }

    /** Chinese name (bundle {@code messages/rules}, key {@code item.<code>}). */
    public String zh() {
        return zh;
    }

    public Kind kind() {
        return kind;
    }

    /** True for the five apply-free items. */
    public boolean applyFree() {
        return kind == Kind.APPLY_FREE;
    }

    public AmountUnit amountUnit() {
        return amountUnit;
    }

    /** True for items pushed to another department as a joint item after a 低保/特困 grant. */
    public boolean joint() {
        return joint;
    }
}
