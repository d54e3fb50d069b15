package cq.assist.core.intake;

import java.time.Instant;

/**
 * One timeline entry.
 *
 * @param eventCode translated through the bundle key {@code application.event.<code>}
 * @param actorKind APPLICANT, WORKER, MEMBER or SYSTEM
 * @param actorName masked name of the member who acted, or null
 */
public record EventRow(String applicationId, Instant eventTime, String eventCode, String actorKind, String actorName) {}
