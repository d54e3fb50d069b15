package cq.assist.workflow.task;

import java.time.Instant;

/**
 * One open task as API.md lists it; {@code step} is the case step (HOME_VISIT, STREET_REVIEW, ...);
 * {@code overdue} when its working-day due time has passed on the business clock.
 */
public record TaskView(
        String taskId,
        String applicationId,
        String applicationNo,
        String itemCode,
        String step,
        String department,
        String regionCode,
        String assignee,
        Instant createdAt,
        Instant dueAt,
        boolean overdue) {}
