package cq.assist.core.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A staff account as the console shows it.
 *
 * @param roles comma-separated roles of the row
 * @param lockedUntil end of a lockout after failed logins, or null
 */
public record StaffSummary(
        long id,
        String username,
        String displayName,
        String roles,
        String departmentCode,
        String regionCode,
        boolean enabled,
        Instant lockedUntil) {

    /** The role names. */
    public List<String> roleList() {
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .toList();
    }

    /** Whether a lockout is in force at this (wall-clock) time. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
