package cq.assist.core.intake;

/** How a community worker checked the applicant's identity in person for a proxy filing. */
public enum IdentityCheck {
    /** The applicant's resident ID card, in person (the default). */
    ID_CARD_IN_PERSON,
    /** The household register (户口簿), in person. */
    HOUSEHOLD_REGISTER_IN_PERSON,
    /** A guardian's document (court order or guardianship certificate) with the guardian in person. */
    GUARDIAN_DOCUMENT
}
