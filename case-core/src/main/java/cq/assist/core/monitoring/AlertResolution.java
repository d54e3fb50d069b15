package cq.assist.core.monitoring;

import java.time.Instant;

/**
 * The end of an OPEN alert.
 *
 * @param status RESOLVED or FOLLOW_UP
 * @param noteEnc the note, encrypted; may be null
 * @param followUpCases comma-separated item cases of the follow-up; may be null
 */
public record AlertResolution(
        String id, String status, String resolvedBy, Instant resolvedAt, byte[] noteEnc, String followUpCases) {}
