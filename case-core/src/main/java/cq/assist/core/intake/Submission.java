package cq.assist.core.intake;

/**
 * The outcome of a submission.
 *
 * @param applicationId the application (new, or the one the same key created before)
 * @param created true when this request created it; false for a repeat of an earlier request
 */
public record Submission(String applicationId, boolean created) {}
