package cq.assist.core.rules;

/** A member's declared employment. */
public enum Employment {
    EMPLOYED,
    UNEMPLOYED,
    RETIRED,
    STUDENT,
    UNABLE,
    /**
     * The filer left {@code employment} out (it is optional in API.md). Nothing is inferred from it: the
     * member counts as an earner only when a data source reports a wage, is neither unemployed nor
     * unable to work, and is a student only when declared so ({@code student}).
     */
    NOT_STATED
}
