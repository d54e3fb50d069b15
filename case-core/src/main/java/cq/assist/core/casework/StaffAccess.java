package cq.assist.core.casework;

import cq.assist.core.common.Regions;
import cq.assist.core.itemcase.Groups;
import cq.assist.core.itemcase.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one staff member may see of one application (issue 8; security review H3, L7): only what reaches
 * it through a task of its own department and region. A case counts for the caller when one of the steps
 * the case has reached (its open step, or a step an event was recorded at) has the caller's department as
 * candidate group; the department code names kind and region, so the region check compares whole codes,
 * never prefixes. An administrator reaches no case data (三员分立: administration is not casework).
 *
 * @param caseIds the item cases the caller acts or acted on; empty when the caller may not read the
 *     application at all
 */
public record StaffAccess(Set<String> caseIds) {

    public StaffAccess {
        caseIds = Set.copyOf(caseIds);
    }

    /** Whether the caller may read the application. */
    public boolean granted() {
        return !caseIds.isEmpty();
    }

    /** Whether the caller acts on the case, and so sees its reasons and amounts. */
    public boolean actsOn(String caseId) {
        return caseId != null && caseIds.contains(caseId);
    }

    /**
     * The access of {@code scope} given the steps the application's cases reached.
     *
     * @param reached from {@link CaseworkMapper#selectStepsReached(String)}
     */
    static StaffAccess of(StaffScope scope, List<CaseworkMapper.StepReached> reached) {
        if (scope.admin() || !wellFormed(scope)) {
            return new StaffAccess(Set.of());
        }
        String group = Groups.department(scope.department());
        Set<String> ids = new HashSet<>();
        for (CaseworkMapper.StepReached r : reached) {
            Step step = Step.named(r.step());
            if (step != null && group.equals(step.candidateGroup(r.departmentCode(), r.regionCode()))) {
                ids.add(r.caseId());
            }
        }
        return new StaffAccess(ids);
    }

    /**
     * A usable office claim: a district or street region, and a department code {@code KIND@region} of
     * that very region and the kind claimed.
     */
    static boolean wellFormed(StaffScope scope) {
        String region = scope.region();
        String department = scope.department();
        return Regions.isOfficeRegion(region)
                && department != null
                && scope.departmentKind() != null
                && department.equals(Regions.department(scope.departmentKind(), region));
    }
}
