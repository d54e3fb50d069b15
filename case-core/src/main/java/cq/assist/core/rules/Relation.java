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
    OTHER;

    /**
     * Whether the applicant is the parent or grandparent of a member of this relation (given by name),
     * and so its guardian while the member is a minor (Civil Code Art. 27). Any other minor's guardian
     * signs in person before the community worker.
     */
    public static boolean applicantIsGuardianOf(String relation) {
        return CHILD.name().equals(relation) || GRANDCHILD.name().equals(relation);
    }
}
