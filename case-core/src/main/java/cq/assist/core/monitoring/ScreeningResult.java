package cq.assist.core.monitoring;

import cq.assist.core.rules.Assessment;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.ItemDecision;
import cq.assist.core.rules.Outcome;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the rules said about each item of one household, in the compact text stored in
 * {@code monitored_household.last_result}: {@code DIBAO=E810.00|TEKUN=N|...} (E eligible with the
 * rules' amount in yuan when the item pays one, N not eligible, R needs review).
 */
public final class ScreeningResult {

    private final Map<ItemCode, Item> items;

    private ScreeningResult(Map<ItemCode, Item> items) {
        this.items = items;
    }

    /** The result of an assessment. */
    public static ScreeningResult of(Assessment assessment) {
        Map<ItemCode, Item> items = new EnumMap<>(ItemCode.class);
        for (ItemDecision d : assessment.decisions()) {
            items.put(d.code(), new Item(d.outcome(), d.outcome() == Outcome.ELIGIBLE ? d.amount() : null));
        }
        return new ScreeningResult(items);
    }

    /** Reads {@link #text()}; unknown item codes are skipped. Null or blank gives null. */
    public static ScreeningResult parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<ItemCode, Item> items = new EnumMap<>(ItemCode.class);
        for (String part : text.split("\\|")) {
            int eq = part.indexOf('=');
            if (eq < 1 || eq == part.length() - 1) {
                continue;
            }
            ItemCode code;
            try {
                code = ItemCode.valueOf(part.substring(0, eq));
            } catch (IllegalArgumentException retired) {
                continue;
            }
            char o = part.charAt(eq + 1);
            Outcome outcome = o == 'E' ? Outcome.ELIGIBLE : o == 'R' ? Outcome.NEEDS_REVIEW : Outcome.NOT_ELIGIBLE;
            String amount = part.substring(eq + 2);
            items.put(code, new Item(outcome, amount.isEmpty() ? null : new BigDecimal(amount)));
        }
        return new ScreeningResult(items);
    }

    /** The stored text. */
    public String text() {
        StringBuilder out = new StringBuilder(256);
        for (Map.Entry<ItemCode, Item> e : items.entrySet()) {
            if (out.length() > 0) {
                out.append('|');
            }
            Item item = e.getValue();
            out.append(e.getKey().name()).append('=');
            out.append(
                    switch (item.outcome()) {
                        case ELIGIBLE -> 'E';
                        case NEEDS_REVIEW -> 'R';
                        case NOT_ELIGIBLE -> 'N';
                    });
            if (item.amount() != null) {
                out.append(item.amount().toPlainString());
            }
        }
        return out.toString();
    }

    /** The outcome and amount of one item; NOT_ELIGIBLE when the result does not name it. */
    public Item item(ItemCode code) {
        Item item = items.get(code);
        return item == null ? new Item(Outcome.NOT_ELIGIBLE, null) : item;
    }

    /**
     * One item's outcome.
     *
     * @param amount the rules' amount in yuan when eligible and the item pays one, else null
     */
    public record Item(Outcome outcome, BigDecimal amount) {

        public boolean eligible() {
            return outcome == Outcome.ELIGIBLE;
        }
    }
}
