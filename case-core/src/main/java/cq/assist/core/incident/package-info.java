/**
 * Incidents: asynchronous steps of a case that failed all their retries. Recorded for staff with the
 * cause, shown to the resident as a delay, retried by an administrator once the cause is fixed.
 */
package cq.assist.core.incident;
