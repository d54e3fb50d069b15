package cq.assist.core.charityrequest;

/** The states of a charity request: SUBMITTED until the charity decides or the resident withdraws. */
public enum CharityRequestStatus {
    SUBMITTED,
    ACCEPTED,
    DECLINED,
    /** The resident withdrew its consent before the charity decided. */
    WITHDRAWN
}
