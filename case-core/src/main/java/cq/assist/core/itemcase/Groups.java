package cq.assist.core.itemcase;

/** Candidate-group names: they name the department and region (or the community) of an office. */
public final class Groups {

    private static final String DEPT = "dept:";
    private static final String COMMUNITY = "community:";

    private Groups() {}

    public static String department(String departmentCode) {
        return DEPT + departmentCode;
    }

    public static String community(String communityCode) {
        return COMMUNITY + communityCode;
    }

    /** The department code named by a {@code dept:} group, or null for another group. */
    public static String departmentOf(String group) {
        return group != null && group.startsWith(DEPT) ? group.substring(DEPT.length()) : null;
    }
}
