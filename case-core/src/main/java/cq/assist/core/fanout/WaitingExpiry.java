package cq.assist.core.fanout;

import java.time.Instant;

/** Joint items of an application that still wait for a base grant become NOT_ELIGIBLE with the reason. */
public record WaitingExpiry(String applicationId, String reasons, Instant at) {}
