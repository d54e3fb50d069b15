package cq.assist.core.audit;

import cq.assist.core.login.Roles;
import java.util.Set;
import java.util.TreeSet;

/**
 * A staff member asking to see personal data, as read from a verified token.
 *
 * @param accountId the token subject; required
 * @param roles the token's roles; required
 * @param region the {@code region} claim (street or district code); null when absent
 * @param clientIp the caller's address; may be null
 */
public record Viewer(String accountId, Set<String> roles, String region, String clientIp) {

    boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    /** Whether this viewer's scope covers a household in {@code communityCode}. */
    boolean covers(String communityCode) {
        if (admin()) {
            return true;
        }
        return region != null && !region.isBlank() && communityCode != null && communityCode.startsWith(region);
    }

    /** The role the audit log records: ADMIN when held, else the first role by name. */
    String auditedRole() {
        if (admin()) {
            return Roles.ADMIN;
        }
        return new TreeSet<>(roles).stream().findFirst().orElse("NONE");
    }
}
