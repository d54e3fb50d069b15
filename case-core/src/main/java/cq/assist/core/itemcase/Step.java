package cq.assist.core.itemcase;

import cq.assist.core.common.Regions;

/**
 * The human steps of the item processes, with the working days each may take. The 低保/特困 procedure:
 * home visit, street review, public notice (7 calendar days), district decision; any other item: one
 * department review.
 */
public enum Step {
    HOME_VISIT(3),
    STREET_REVIEW(2),
    PUBLIC_NOTICE(0),
    DISTRICT_DECISION(2),
    DEPARTMENT_REVIEW(5);

    private final int workingDays;

    Step(int workingDays) {
        this.workingDays = workingDays;
    }

    /** Working days the step may take (0: a timer, not a task). */
    public int workingDays() {
        return workingDays;
    }

    /** The step a RETURN sends the case back to (a department review returns to itself). */
    public Step previous() {
        return switch (this) {
            case STREET_REVIEW -> HOME_VISIT;
            case DISTRICT_DECISION -> STREET_REVIEW;
            default -> this;
        };
    }

    /**
     * The candidate group of the step for a case: {@code community:<code>} for the home visit,
     * {@code dept:<department code>} otherwise (the department names kind and region).
     */
    public String candidateGroup(ItemCaseRow row) {
        return candidateGroup(row.departmentCode(), row.regionCode());
    }

    /**
     * The candidate group of the step for a case of {@code departmentCode} in {@code communityCode}.
     *
     * @see #candidateGroup(ItemCaseRow)
     */
    public String candidateGroup(String departmentCode, String communityCode) {
        return switch (this) {
            case HOME_VISIT -> Groups.community(communityCode);
            case STREET_REVIEW -> Groups.department(Regions.department("CIVIL_AFFAIRS", Regions.street(communityCode)));
            case DISTRICT_DECISION -> Groups.department(
                    Regions.department("CIVIL_AFFAIRS", Regions.district(communityCode)));
            default -> Groups.department(departmentCode);
        };
    }

    /** The step of that name, or null when the name is no step (e.g. an apply-free grant's event). */
    public static Step named(String name) {
        for (Step step : values()) {
            if (step.name().equals(name)) {
                return step;
            }
        }
        return null;
    }
}
