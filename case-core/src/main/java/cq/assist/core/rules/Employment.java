package cq.assist.core.rules;

/** A member's declared employment. */
public enum Employment {
    EMPLOYED,
    UNEMPLOYED,
    RETIRED,
    STUDENT,
    UNABLE
}
