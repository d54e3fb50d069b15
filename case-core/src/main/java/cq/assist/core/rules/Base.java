package cq.assist.core.rules;

/**
 * The grant other items follow from: 低保/特困 (full set) or 低保边缘/刚性支出 (narrow set), reduced to one
 * outcome: ELIGIBLE when one of them is, else NEEDS_REVIEW when one of them is, else NOT_ELIGIBLE.
 *
 * @param outcome the combined outcome
 * @param label the Chinese name of what was granted, e.g. "低保" or "低保、特困"
 */
record Base(Outcome outcome, String label) {

    static Base full(ItemDecision dibao, ItemDecision tekun) {
        return of(dibao, RuleWords.zh("base.dibao"), tekun, RuleWords.zh("base.tekun"));
    }

    static Base narrow(ItemDecision edge, ItemDecision rigid) {
        return of(edge, RuleWords.zh("base.edge"), rigid, RuleWords.zh("base.rigid"));
    }

    private static Base of(ItemDecision first, String firstLabel, ItemDecision second, String secondLabel) {
        boolean a = first.outcome() == Outcome.ELIGIBLE;
        boolean b = second.outcome() == Outcome.ELIGIBLE;
        if (a || b) {
            return new Base(
                    Outcome.ELIGIBLE,
                    a && b ? RuleWords.zh("base.both", firstLabel, secondLabel) : a ? firstLabel : secondLabel);
        }
        if (first.outcome() == Outcome.NEEDS_REVIEW || second.outcome() == Outcome.NEEDS_REVIEW) {
            return new Base(Outcome.NEEDS_REVIEW, RuleWords.zh("base.either", firstLabel, secondLabel));
        }
        return new Base(Outcome.NOT_ELIGIBLE, RuleWords.zh("base.either", firstLabel, secondLabel));
    }

    boolean granted() {
        return outcome == Outcome.ELIGIBLE;
    }

    /** Adds the base as a reason to a decision that depends on it. */
    void apply(DecisionBuilder b) {
        switch (outcome) {
            case ELIGIBLE -> b.pass(Reason.of(ReasonKey.BASE_GRANTED, label));
            case NEEDS_REVIEW -> b.unknown(Reason.of(ReasonKey.BASE_REVIEW));
            case NOT_ELIGIBLE -> b.fail(Reason.of(ReasonKey.BASE_NOT_GRANTED));
        }
    }
}
