package cq.assist.mobile.visits;

import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.task.TaskView;
import java.time.OffsetDateTime;

/** One open home visit of {@code GET /worker/visits}. */
record VisitResponse(
        String taskId,
        String applicationId,
        String applicationNo,
        String itemCode,
        String communityCode,
        OffsetDateTime createdAt,
        OffsetDateTime dueAt) {

    static VisitResponse of(TaskView v) {
        return new VisitResponse(
                v.taskId(),
                v.applicationId(),
                v.applicationNo(),
                v.itemCode(),
                v.regionCode(),
                BusinessClock.toOffset(v.createdAt()),
                BusinessClock.toOffset(v.dueAt()));
    }
}
