/**
 * Retention of personal data (issue 7, review M11; PIPL arts. 19 and 47): ended applications are anonymised
 * once their retention period has passed, and short-lived SMS records are deleted ({@link
 * cq.assist.core.retention.EndedApplicationRetention}). The feature writes to other features' tables through its
 * own mapper only (one statement per table, never reading personal data), so no other feature depends on it.
 */
package cq.assist.core.retention;
