package cq.assist.core.account;

import java.util.List;

/**
 * An account an administrator creates.
 *
 * @param username login name (lower-case letters, digits, dots, hyphens; 3 to 64)
 * @param displayName the name the console shows
 * @param roles roles, e.g. {@code DEPARTMENT_REVIEWER}
 * @param departmentCode department ({@code KIND@region}); required for reviewers and approvers
 * @param regionCode region scope; required for reviewers and approvers
 * @param charityOrgCode the organisation of a charity account
 * @param password the initial password (the policy applies)
 */
public record NewStaffAccount(
        String username,
        String displayName,
        List<String> roles,
        String departmentCode,
        String regionCode,
        String charityOrgCode,
        String password) {}
