package cq.assist.core.rules;

/** A member's relation to the applicant. */
public enum Relation {
    SELF,
    SPOUSE,
    CHILD,
    PARENT,
    SIBLING,
    GRANDPARENT,
    GRANDCHILD,
    OTHER
}
