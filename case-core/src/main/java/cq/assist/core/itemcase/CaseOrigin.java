package cq.assist.core.itemcase;

/** Why a case exists: the assessment of the application, or a joint push after a grant. */
public enum CaseOrigin {
    ASSESSMENT,
    JOINT_PUSH
}
