package cq.assist.webapi.task;

import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import cq.assist.workflow.task.CompletingTasks;
import cq.assist.workflow.task.InboxFilter;
import cq.assist.workflow.task.InboxPage;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks}: the caller's inbox (paged, filtered, sorted, {@code X-Total-Count}), one task,
 * claim, unclaim and complete; scope from the token's claims. Administrators have no department tasks.
 */
@RestController
class TaskController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final StaffTasks tasks;
    private final CompletingTasks completing;

    TaskController(StaffTasks tasks, CompletingTasks completing) {
        this.tasks = tasks;
        this.completing = completing;
    }

    @GetMapping("/api/v1/tasks")
    ResponseEntity<List<TaskResponse>> open(Caller caller, InboxParameters query) {
        InboxFilter filter = query.toFilter();
        InboxPage page = tasks.page(scope(caller), filter);
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Long.toString(page.total()))
                .body(page.tasks().stream().map(TaskResponse::of).toList());
    }

    @GetMapping("/api/v1/tasks/{taskId}")
    TaskResponse one(Caller caller, @PathVariable String taskId) {
        return TaskResponse.of(tasks.one(taskId, scope(caller)));
    }

    @PostMapping("/api/v1/tasks/{taskId}/claim")
    Done claim(Caller caller, @PathVariable String taskId) {
        tasks.claim(taskId, scope(caller));
        return new Done(taskId, "CLAIMED");
    }

    @PostMapping("/api/v1/tasks/{taskId}/unclaim")
    Done unclaim(Caller caller, @PathVariable String taskId) {
        tasks.unclaim(taskId, scope(caller));
        return new Done(taskId, "RELEASED");
    }

    /**
     * 200 {@code COMPLETED}; 202 {@code AWAITING_SECOND_APPROVAL} when the amount is above the limits and a
     * second approver of the office must confirm the same amount (the task stays open).
     */
    @PostMapping("/api/v1/tasks/{taskId}/complete")
    ResponseEntity<Done> complete(
            Caller caller, @PathVariable String taskId, @Valid @RequestBody CompleteTaskRequest body) {
        boolean completed = completing.complete(
                taskId, new TaskDecision(body.decision(), body.reason(), body.amount()), scope(caller));
        return completed
                ? ResponseEntity.ok(new Done(taskId, "COMPLETED"))
                : ResponseEntity.accepted().body(new Done(taskId, "AWAITING_SECOND_APPROVAL"));
    }

    static TaskScope scope(Caller caller) {
        return TaskScope.of(
                caller.subject(),
                caller.roles(),
                caller.scope(Roles.CLAIM_DEPARTMENT),
                caller.scope(Roles.CLAIM_COMMUNITY));
    }

    /** The answer of claim, unclaim and complete. */
    record Done(String taskId, String result) {}
}
