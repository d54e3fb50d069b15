/**
 * The tamper-evident audit log: every full view of personal data is appended to a hash chain
 * ({@link cq.assist.core.audit.AuditLog}) that detects any edited, removed or truncated entry.
 */
package cq.assist.core.audit;
