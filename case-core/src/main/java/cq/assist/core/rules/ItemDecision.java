package cq.assist.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the rules say about one item for one household.
 *
 * @param code the item
 * @param outcome eligible, not eligible or needs review
 * @param amount yuan with 2 decimals where the item pays money and the outcome is ELIGIBLE (per month or
 *     one-off: see {@link ItemCode#amountUnit()}); null otherwise
 * @param reasons why, in order
 * @param parametersUsed the parameter rows the decision read
 * @param joint true when the item follows from a 低保/特困 (or near-低保/rigid-expenditure) grant
 *     rather than from its own application
 */
public record ItemDecision(
        ItemCode code,
        Outcome outcome,
        BigDecimal amount,
        List<Reason> reasons,
        List<ParameterRef> parametersUsed,
        boolean joint) {

    public ItemDecision {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        parametersUsed = List.copyOf(parametersUsed);
    }

    /** True for an apply-free item (免申即享). */
    public boolean applyFree() {
        return code.applyFree();
    }

    /** The reasons as Chinese sentences. */
    public List<String> reasonTexts() {
        List<String> texts = new ArrayList<>(reasons.size());
        for (Reason reason : reasons) {
            texts.add(reason.zh());
        }
        return texts;
    }
}
