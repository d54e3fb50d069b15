package cq.assist.core.itemcase;

/**
 * Why a case exists: the assessment of the application, a joint push after a grant, or the follow-up
 * review of a monitoring alert.
 */
public enum CaseOrigin {
    ASSESSMENT,
    JOINT_PUSH,
    MONITORING
}
