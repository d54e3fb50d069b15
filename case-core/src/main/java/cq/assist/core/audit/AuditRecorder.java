package cq.assist.core.audit;

/** Writes audit entries; {@link AuditLog} is the one implementation (an interface so use cases test without a database). */
@FunctionalInterface
public interface AuditRecorder {

    /** Appends the entry in the caller's transaction; returns its position in the chain. */
    long record(AuditEntry entry);
}
