package cq.assist.core.itemcase;

import java.time.Instant;

/** A case reaches a process step (only while it is open). */
public record StepChange(
        String id, String step, String status, Instant dueAt, String processInstanceId, Instant at, String by) {}
