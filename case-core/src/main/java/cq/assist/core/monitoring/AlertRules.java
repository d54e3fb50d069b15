package cq.assist.core.monitoring;

import cq.assist.core.common.CoreTexts;
import cq.assist.core.rules.ItemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which alerts a change of a household's rules result raises (issue 9, policy-facts "After the
 * decision"): an item it does not hold or have open that became eligible is NEWLY_ELIGIBLE; a granted
 * item that stopped being eligible is NO_LONGER_ELIGIBLE (a review, never a silent stop); a granted item
 * still eligible whose rules amount moved is AMOUNT_CHANGED, with the granted and the new amount. An
 * item whose outcome and amount did not change raises nothing. Pure.
 */
public final class AlertRules {

    private AlertRules() {}

    /**
     * The alerts for one household.
     *
     * @param before the rules result the household was last screened with; must not be null
     * @param after the rules result now; must not be null
     * @param held the items the household holds or has open, by item
     */
    public static List<Raised> alerts(ScreeningResult before, ScreeningResult after, Map<ItemCode, HeldItem> held) {
        Map<AlertKind, Raised> raised = new EnumMap<>(AlertKind.class);
        for (ItemCode code : ItemCode.values()) {
            ScreeningResult.Item old = before.item(code);
            ScreeningResult.Item now = after.item(code);
            if (old.outcome() == now.outcome() && same(old.amount(), now.amount())) {
                continue;
            }
            HeldItem holding = held.get(code);
            if (holding == null) {
                if (now.eligible() && !old.eligible()) {
                    add(raised, AlertKind.NEWLY_ELIGIBLE, code, null, now.amount(), newlyEligible(code, now));
                }
            } else if (holding.granted() && old.eligible() && !now.eligible()) {
                add(raised, AlertKind.NO_LONGER_ELIGIBLE, code, holding.amount(), null, noLonger(code));
            } else if (holding.granted() && now.eligible() && !same(holding.amount(), now.amount())) {
                add(
                        raised,
                        AlertKind.AMOUNT_CHANGED,
                        code,
                        holding.amount(),
                        now.amount(),
                        amountChanged(code, holding.amount(), now.amount()));
            }
        }
        return List.copyOf(raised.values());
    }

    private static void add(
            Map<AlertKind, Raised> raised,
            AlertKind kind,
            ItemCode code,
            BigDecimal old,
            BigDecimal now,
            String reason) {
        Raised r = raised.computeIfAbsent(kind, k -> new Raised(k, new ArrayList<>(), new ArrayList<>()));
        r.items().add(new AlertItem(code.name(), yuan(old), yuan(now)));
        r.reasons().add(reason);
    }

    private static String newlyEligible(ItemCode code, ScreeningResult.Item now) {
        String amount =
                now.amount() == null ? "" : CoreTexts.zh("monitoring.alert.estimatedAmount", yuan(now.amount()));
        return CoreTexts.zh("monitoring.alert.newlyEligible", code.zh(), amount);
    }

    private static String noLonger(ItemCode code) {
        return CoreTexts.zh("monitoring.alert.noLonger", code.zh());
    }

    private static String amountChanged(ItemCode code, BigDecimal old, BigDecimal now) {
        return CoreTexts.zh("monitoring.alert.amountChanged", code.zh(), old == null ? "—" : yuan(old), yuan(now));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String yuan(BigDecimal amount) {
        return amount == null
                ? null
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * One alert to raise.
     *
     * @param kind what it tells
     * @param items the items it is about
     * @param reasons one Chinese sentence per item
     */
    public record Raised(AlertKind kind, List<AlertItem> items, List<String> reasons) {}
}
