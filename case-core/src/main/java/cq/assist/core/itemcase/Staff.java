package cq.assist.core.itemcase;

import java.util.Objects;
import java.util.Set;

/**
 * The staff member (or community worker) acting, as the edge verified it.
 *
 * @param account the account id (token subject); must not be null
 * @param roles role names without prefix ({@link cq.assist.core.login.Roles})
 */
public record Staff(String account, Set<String> roles) {

    public Staff {
        Objects.requireNonNull(account, "account");
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
