package cq.assist.core.intake;

/** A member's employment situation. */
public enum Employment {
    EMPLOYED,
    UNEMPLOYED,
    RETIRED,
    STUDENT,
    UNABLE
}
