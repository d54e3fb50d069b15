package cq.assist.workflow.task;

import cq.assist.core.itemcase.Groups;
import cq.assist.core.itemcase.Staff;
import cq.assist.core.login.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whose tasks a caller sees: its candidate groups (from the token's {@code department} or
 * {@code community} claim), or every task for an administrator.
 *
 * @param account the caller's account id (becomes the assignee when claiming)
 * @param roles the caller's roles
 * @param groups candidate groups the caller belongs to
 */
public record TaskScope(String account, Set<String> roles, List<String> groups) {

    public TaskScope {
        roles = Set.copyOf(roles);
        groups = List.copyOf(groups);
    }

    /** The scope of a caller with these claims; either may be null. */
    public static TaskScope of(String account, Set<String> roles, String departmentCode, String communityCode) {
        List<String> groups = new ArrayList<>();
        if (departmentCode != null && !departmentCode.isBlank()) {
            groups.add(Groups.department(departmentCode));
        }
        if (communityCode != null && !communityCode.isBlank() && roles.contains(Roles.COMMUNITY_WORKER)) {
            groups.add(Groups.community(communityCode));
        }
        return new TaskScope(account, roles, groups);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    /**
     * Whether a task of this candidate group is visible to the caller. An administrator sees no
     * department task (separation of duties: it runs the system, it does not decide cases).
     */
    public boolean sees(String candidateGroup) {
        return !admin() && groups.contains(candidateGroup);
    }

    /**
     * Whether the caller supervises its office and may release a colleague's claim: a district approver,
     * or an account with the {@value #SUPERVISOR} role.
     */
    public boolean supervisor() {
        return roles.contains(Roles.DISTRICT_APPROVER) || roles.contains(SUPERVISOR);
    }

    /** Role of an office supervisor (may release claims in its office). */
    public static final String SUPERVISOR = "SUPERVISOR";

    Staff staff() {
        return new Staff(account, roles);
    }
}
