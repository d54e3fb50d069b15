package cq.assist.core.itemcase;

import java.time.Instant;

/**
 * A case reaches a process step (only while it is open). {@code taskGroup}: the candidate group of the
 * step's user task, kept on the case for the inbox's index; null for a step without a task (public notice).
 */
public record StepChange(
        String id,
        String step,
        String status,
        Instant dueAt,
        String processInstanceId,
        Instant at,
        String by,
        String taskGroup) {}
