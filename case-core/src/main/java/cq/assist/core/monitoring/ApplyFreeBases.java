package cq.assist.core.monitoring;

import cq.assist.core.rules.ItemCode;
import java.util.List;
import java.util.Set;

/**
 * Which grant an apply-free item (免申即享) follows, so monitoring grants it on the spot only to a household that
 * holds that grant (policy-facts: the five apply-free items follow a 低保 or 特困 grant; the medical-insurance
 * premium subsidy follows a 低保边缘 or 刚性支出 grant too). A household that merely became eligible for 低保
 * is not granted anything on the spot: the worker helps it apply, and the apply-free items follow the grant.
 * Pure.
 */
public final class ApplyFreeBases {

    private static final List<ItemCode> FULL = List.of(ItemCode.DIBAO, ItemCode.TEKUN);
    private static final List<ItemCode> NARROW = List.of(ItemCode.DIBAO_EDGE, ItemCode.RIGID_EXPENSE);

    private ApplyFreeBases() {}

    /**
     * The granted item {@code code} follows, among {@code granted}, or null when the item is not apply-free or
     * the household holds no grant it follows.
     *
     * @param granted item codes the household holds granted
     */
    public static ItemCode heldBase(ItemCode code, Set<String> granted) {
        if (!code.applyFree()) {
            return null;
        }
        for (ItemCode base : FULL) {
            if (granted.contains(base.name())) {
                return base;
            }
        }
        if (code == ItemCode.MEDICAL_PREMIUM) {
            for (ItemCode base : NARROW) {
                if (granted.contains(base.name())) {
                    return base;
                }
            }
        }
        return null;
    }
}
