package cq.assist.mobile.journey;

import cq.assist.core.common.DomainException;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.login.Roles;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import cq.assist.workflow.task.TaskView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The department staff of the journey, acting through the workflow's task facade (the same service
 * web-api's {@code /tasks} calls; web-api's own ITs cover the HTTP side).
 */
final class JourneyStaff {

    private final StaffTasks tasks;

    JourneyStaff(StaffTasks tasks) {
        this.tasks = tasks;
    }

    static TaskScope scope(String role, String department) {
        return TaskScope.of("it-" + UUID.randomUUID(), Set.of(role), department, null);
    }

    static TaskScope reviewer(String kind, String district) {
        return scope(Roles.DEPARTMENT_REVIEWER, kind + "@" + district);
    }

    List<TaskView> of(TaskScope scope, String applicationId) {
        return tasks.open(scope).stream()
                .filter(t -> t.applicationId().equals(applicationId))
                .toList();
    }

    void approve(TaskScope scope, TaskView task) {
        try {
            tasks.complete(task.taskId(), new TaskDecision(Decision.APPROVE, null, null), scope);
        } catch (DomainException needsAmount) {
            // a fixed amount below the rules' proposal: a changed amount needs its reason (issue 8)
            tasks.complete(
                    task.taskId(),
                    new TaskDecision(Decision.APPROVE, "按补贴标准核定每月 40 元", new BigDecimal("40.00")),
                    scope);
        }
    }
}
