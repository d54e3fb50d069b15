package cq.assist.core.rules;

/** What the rules say about one item. */
public enum Outcome {
    ELIGIBLE,
    NOT_ELIGIBLE,
    NEEDS_REVIEW
}
