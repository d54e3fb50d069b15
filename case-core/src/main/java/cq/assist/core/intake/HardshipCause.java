package cq.assist.core.intake;

/** Causes of hardship an applicant can state. */
public enum HardshipCause {
    ILLNESS,
    DISABILITY,
    EDUCATION,
    DISASTER,
    ACCIDENT,
    UNEMPLOYMENT,
    NO_EARNER,
    OLD_AGE,
    OTHER
}
