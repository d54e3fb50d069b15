package cq.assist.webapi.task;

import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.task.TaskView;
import java.time.OffsetDateTime;

/** One task of {@code GET /tasks} (API.md), plus who holds it and whether it is overdue. */
record TaskResponse(
        String taskId,
        String applicationId,
        String applicationNo,
        String itemCode,
        String step,
        String department,
        String regionCode,
        String assignee,
        OffsetDateTime createdAt,
        OffsetDateTime dueAt,
        boolean overdue) {

    static TaskResponse of(TaskView v) {
        return new TaskResponse(
                v.taskId(),
                v.applicationId(),
                v.applicationNo(),
                v.itemCode(),
                v.step(),
                v.department(),
                v.regionCode(),
                v.assignee(),
                BusinessClock.toOffset(v.createdAt()),
                BusinessClock.toOffset(v.dueAt()),
                v.overdue());
    }
}
