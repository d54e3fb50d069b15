package cq.assist.core.monitoring;

/**
 * Which alerts to list.
 *
 * @param regionPrefix community codes starting with this (a LIKE pattern ending in %), or null for all
 * @param kind an {@link AlertKind} name, or null
 * @param status OPEN, RESOLVED, FOLLOW_UP, or null
 * @param offset rows to skip
 * @param limit rows to return
 * @param runId the screening run that raised them, or null for any
 */
public record AlertQuery(String regionPrefix, String kind, String status, long offset, int limit, String runId) {

    /** Alerts of any run. */
    public AlertQuery(String regionPrefix, String kind, String status, long offset, int limit) {
        this(regionPrefix, kind, status, offset, limit, null);
    }
}
