package cq.assist.mobile.visits;

import cq.assist.core.intake.HouseholdLabels;
import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.task.TaskView;
import cq.assist.workflow.task.WorkerVisits.ApplicationVisit;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One open home visit of {@code GET /worker/visits}: one per application (one household, one visit). The fields of
 * one visit task stay as they were ({@code taskId} and {@code itemCode} of the task that stands for the visit;
 * posting to it serves every item); {@code items} and {@code taskIds} name every item the visit serves;
 * {@code householdName} and {@code address} (added by issue 11) name the household to visit, masked
 * ({@code 卢**}, the address down to the street).
 *
 * @param items the item codes this visit serves, in code order ({@code itemCode} is the first)
 * @param taskIds the visit tasks, in the order of {@code items} ({@code taskId} is the first)
 */
record VisitResponse(
        String taskId,
        String applicationId,
        String applicationNo,
        String itemCode,
        String communityCode,
        OffsetDateTime createdAt,
        OffsetDateTime dueAt,
        List<String> items,
        List<String> taskIds,
        String householdName,
        String address) {

    static VisitResponse of(ApplicationVisit visit, Optional<HouseholdLabels.Label> household) {
        TaskView v = visit.primary();
        return new VisitResponse(
                v.taskId(),
                v.applicationId(),
                v.applicationNo(),
                v.itemCode(),
                v.regionCode(),
                BusinessClock.toOffset(visit.tasks().stream()
                        .map(TaskView::createdAt)
                        .min(java.util.Comparator.naturalOrder())
                        .orElse(v.createdAt())),
                BusinessClock.toOffset(visit.tasks().stream()
                        .map(TaskView::dueAt)
                        .filter(java.util.Objects::nonNull)
                        .min(java.util.Comparator.naturalOrder())
                        .orElse(v.dueAt())),
                visit.tasks().stream().map(TaskView::itemCode).toList(),
                visit.tasks().stream().map(TaskView::taskId).toList(),
                household.map(HouseholdLabels.Label::name).orElse(null),
                household.map(HouseholdLabels.Label::address).orElse(null));
    }
}
