package cq.assist.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the reasons, the parameters used and the findings of one item, then decides: a conflict
 * makes NEEDS_REVIEW, else a failed condition NOT_ELIGIBLE, else missing data NEEDS_REVIEW, else ELIGIBLE.
 */
final class DecisionBuilder {

    private final ItemCode code;
    private final ParameterSet parameters;
    private final List<Reason> reasons = new ArrayList<>(4);
    private final List<ParameterRef> used = new ArrayList<>(4);
    private boolean failed;
    private boolean unknown;
    private boolean conflict;
    private boolean joint;
    private BigDecimal amount;

    DecisionBuilder(ItemCode code, ParameterSet parameters) {
        this.code = code;
        this.parameters = parameters;
    }

    /** The value of a parameter, recorded as used. */
    BigDecimal use(ParamKey key) {
        return use(parameters.row(key)).value();
    }

    ParameterRow use(ParameterRow row) {
        ParameterRef ref = row.ref();
        if (!used.contains(ref)) {
            used.add(ref);
        }
        return row;
    }

    int useInt(ParamKey key) {
        return use(key).intValue();
    }

    DecisionBuilder pass(Reason reason) {
        reasons.add(reason);
        return this;
    }

    DecisionBuilder fail(Reason reason) {
        failed = true;
        reasons.add(reason);
        return this;
    }

    DecisionBuilder unknown(Reason reason) {
        unknown = true;
        reasons.add(reason);
        return this;
    }

    DecisionBuilder conflict(Reason reason) {
        conflict = true;
        reasons.add(reason);
        return this;
    }

    DecisionBuilder unknownAll(List<Reason> missing) {
        for (Reason reason : missing) {
            unknown(reason);
        }
        return this;
    }

    DecisionBuilder conflictAll(List<Reason> conflicts) {
        for (Reason reason : conflicts) {
            conflict(reason);
        }
        return this;
    }

    DecisionBuilder joint() {
        joint = true;
        return this;
    }

    DecisionBuilder amount(BigDecimal value) {
        amount = value.setScale(2, RoundingMode.HALF_UP);
        return this;
    }

    Outcome outcome() {
        if (conflict) {
            return Outcome.NEEDS_REVIEW;
        }
        if (failed) {
            return Outcome.NOT_ELIGIBLE;
        }
        return unknown ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE;
    }

    ItemDecision build() {
        Outcome outcome = outcome();
        return new ItemDecision(code, outcome, outcome == Outcome.ELIGIBLE ? amount : null, reasons, used, joint);
    }
}
