package cq.assist.core.itemcase;

import java.time.Instant;

/**
 * The new due time of an open step after the calendar changed.
 *
 * @param caseId the item case
 * @param processInstanceId its item process (whose open user task moves too), or null
 * @param dueAt the new due time
 */
public record MovedDueDate(String caseId, String processInstanceId, Instant dueAt) {}
