package cq.assist.core.authorization;

import java.time.Instant;

/** Marks a token (used, reminded) at a time; applies only while the token is still open. */
public record TokenUse(String tokenHash, Instant at) {}
