package cq.assist.core.casework;

import cq.assist.core.login.Roles;
import java.util.Set;

/**
 * The scope of a staff caller, from its token claims.
 *
 * @param department department code ({@code KIND@region}); null for an administrator
 * @param departmentKind CIVIL_AFFAIRS, HOUSING, ...
 * @param region street or district code the account serves
 */
public record StaffScope(String account, Set<String> roles, String department, String departmentKind, String region) {

    public StaffScope {
        roles = Set.copyOf(roles);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }
}
