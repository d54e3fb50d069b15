package cq.assist.core.intake;

/** Where an application stands (API.md). */
public enum ApplicationStatus {
    AWAITING_AUTHORIZATION,
    CHECKING,
    IN_REVIEW,
    CLOSED,
    WITHDRAWN,
    EXPIRED
}
