package cq.assist.core.account;

import java.util.List;

/**
 * Who logged in: the account id (the token subject), its roles and its scope. Scope fields are null
 * when the account has none (administrators have no department; only charity accounts have a charity).
 */
public record StaffIdentity(
        long accountId,
        List<String> roles,
        String departmentCode,
        String departmentKind,
        String regionCode,
        String charityOrgCode) {

    public StaffIdentity {
        roles = List.copyOf(roles);
    }
}
