package cq.assist.core.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A staff account as the login reads it. {@code totpSecretEnc} is the encrypted base32 secret;
 * {@code roles} is the comma-separated role list of the row.
 */
public record StaffAccount(
        long id,
        String username,
        String passwordHash,
        byte[] totpSecretEnc,
        String roles,
        String departmentCode,
        String regionCode,
        String charityOrgCode,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Long lastTotpStep) {

    /** True while a lockout is in force at the given time. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** True when a code of this time step (or an earlier one) was already accepted. */
    public boolean stepAlreadyUsed(long step) {
        return lastTotpStep != null && step <= lastTotpStep;
    }

    /** The role names, trimmed, without empty entries. */
    public List<String> roleList() {
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .toList();
    }
}
