package cq.assist.webapi.task;

import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tasks}: the caller's open tasks, claim, complete (scope from the token's claims). */
@RestController
class TaskController {

    private final StaffTasks tasks;

    TaskController(StaffTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/tasks")
    List<TaskResponse> open(Caller caller, @RequestParam(defaultValue = "open") String status) {
        return tasks.open(scope(caller)).stream().map(TaskResponse::of).toList();
    }

    @PostMapping("/api/v1/tasks/{taskId}/claim")
    Done claim(Caller caller, @PathVariable String taskId) {
        tasks.claim(taskId, scope(caller));
        return new Done(taskId, "CLAIMED");
    }

    @PostMapping("/api/v1/tasks/{taskId}/complete")
    Done complete(Caller caller, @PathVariable String taskId, @Valid @RequestBody CompleteTaskRequest body) {
        tasks.complete(taskId, new TaskDecision(body.decision(), body.reason(), body.amount()), scope(caller));
        return new Done(taskId, "COMPLETED");
    }

    static TaskScope scope(Caller caller) {
        return TaskScope.of(
                caller.subject(),
                caller.roles(),
                caller.scope(Roles.CLAIM_DEPARTMENT),
                caller.scope(Roles.CLAIM_COMMUNITY));
    }

    /** The answer of claim and complete. */
    record Done(String taskId, String result) {}
}
