package cq.assist.bench;

import cq.assist.core.rules.Assessment;
import cq.assist.core.rules.ItemDecision;

/** A compact fingerprint of an assessment: every item's outcome and amount, mixed into 64 bits. */
final class OutcomeHash {

    private OutcomeHash() {}

    static long of(Assessment assessment) {
        long h = 0x9E3779B97F4A7C15L;
        for (ItemDecision decision : assessment.decisions()) {
            h = mix(h, decision.code().ordinal() * 4L + decision.outcome().ordinal());
            if (decision.amount() != null) {
                h = mix(h, decision.amount().unscaledValue().longValue());
            }
        }
        return h == 0 ? 1 : h;
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 31);
    }
}
