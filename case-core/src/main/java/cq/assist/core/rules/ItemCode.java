package cq.assist.core.rules;

/**
 * The working catalog of the 21 items of the happiness list (policy-facts.md), in display order. The
 * database table {@code assistance_item} holds the same codes.
 */
public enum ItemCode {
    DIBAO("最低生活保障", Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    TEKUN("特困人员救助供养", Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    DIBAO_EDGE("低保边缘家庭认定", Kind.APPLY, AmountUnit.NONE, false),
    RIGID_EXPENSE("刚性支出困难家庭认定", Kind.APPLY, AmountUnit.NONE, false),
    TEMP_AID("临时救助", Kind.APPLY, AmountUnit.YUAN_ONCE, false),
    DISABLED_LIVING("困难残疾人生活补贴", Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    DISABLED_CARE("重度残疾人护理补贴", Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    CHILD_SUPPORT("孤儿及事实无人抚养儿童基本生活保障", Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    ELDERLY_CARE("经济困难老年人养老服务补贴", Kind.APPLY, AmountUnit.YUAN_MONTH, false),
    FUNERAL_WAIVER("基本殡葬服务费用减免", Kind.APPLY, AmountUnit.NONE, false),
    HOUSING("住房救助", Kind.APPLY, AmountUnit.NONE, true),
    LEGAL_AID("法律援助", Kind.APPLY, AmountUnit.NONE, true),
    MEDICAL_AID("医疗救助", Kind.APPLY, AmountUnit.NONE, true),
    MEDICAL_PREMIUM("城乡居民医保参保资助", Kind.APPLY_FREE, AmountUnit.NONE, false),
    EDUCATION_AID("教育救助", Kind.APPLY, AmountUnit.NONE, true),
    EMPLOYMENT_AID("就业救助", Kind.APPLY, AmountUnit.NONE, true),
    PENSION_PREMIUM("城乡居民养老保险代缴", Kind.APPLY_FREE, AmountUnit.NONE, false),
    DISASTER_AID("受灾人员救助", Kind.APPLY, AmountUnit.NONE, false),
    POWER_WAIVER("电费减免", Kind.APPLY_FREE, AmountUnit.NONE, false),
    WATER_GAS_WAIVER("水费、燃气费减免", Kind.APPLY_FREE, AmountUnit.NONE, false),
    CABLE_TV_WAIVER("有线电视收视费减免", Kind.APPLY_FREE, AmountUnit.NONE, false);

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

    ItemCode(String zh, Kind kind, AmountUnit amountUnit, boolean joint) {
        this.zh = zh;
        this.kind = kind;
        this.amountUnit = amountUnit;
        this.joint = joint;
    }

    /** Chinese name. */
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
