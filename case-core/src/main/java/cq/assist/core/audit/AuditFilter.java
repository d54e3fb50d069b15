package cq.assist.core.audit;

import java.time.Instant;

/**
 * What to list of the audit log; every field optional (null: any).
 *
 * @param actor the acting account id exactly
 * @param action an action code of {@link AuditActions}
 * @param from entries at or after this time (UTC)
 * @param to entries before this time (UTC)
 */
public record AuditFilter(String actor, String action, Instant from, Instant to) {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
