package cq.assist.core.rules;

/** Causes of hardship (致困原因), declared by the applicant or inferred by the rules. */
public enum HardshipCause {
    ILLNESS,
    DISABILITY,
    EDUCATION,
    DISASTER,
    ACCIDENT,
    UNEMPLOYMENT,
    NO_EARNER,
    OLD_AGE,
    OTHER;

    private final String zh;

    HardshipCause() {
        this.zh = RuleWords.zh("cause." + name());
    }

    /** Chinese label (bundle {@code messages/rules}, key {@code cause.<name>}). */
    public String zh() {
        return zh;
    }
}
