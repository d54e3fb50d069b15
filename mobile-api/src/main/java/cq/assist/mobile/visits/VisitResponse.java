package cq.assist.mobile.visits;

import cq.assist.core.intake.HouseholdLabels;
import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.task.TaskView;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One open home visit of {@code GET /worker/visits}; {@code householdName} and {@code address} (added by issue
 * 11) name the household to visit, masked ({@code 卢**}, the address down to the street).
 */
record VisitResponse(
        String taskId,
        String applicationId,
        String applicationNo,
        String itemCode,
        String communityCode,
        OffsetDateTime createdAt,
        OffsetDateTime dueAt,
        String householdName,
        String address) {

    static VisitResponse of(TaskView v, Optional<HouseholdLabels.Label> household) {
        return new VisitResponse(
                v.taskId(),
                v.applicationId(),
                v.applicationNo(),
                v.itemCode(),
                v.regionCode(),
                BusinessClock.toOffset(v.createdAt()),
                BusinessClock.toOffset(v.dueAt()),
                household.map(HouseholdLabels.Label::name).orElse(null),
                household.map(HouseholdLabels.Label::address).orElse(null));
    }
}
