package cq.assist.workflow.task;

import cq.assist.core.itemcase.HomeVisit;
import cq.assist.workflow.EngineRetries;
import org.springframework.stereotype.Service;

/**
 * The entry for completing tasks from outside a transaction (the controllers): each attempt is one
 * transaction of {@link StaffTasks} or {@link WorkerVisits}; a lost engine or database race runs it again
 * ({@link EngineRetries}), so two departments deciding joint items of one application at the same moment
 * both succeed, and a 409 means the task really was completed or claimed by someone else (issue 8).
 */
@Service
public class CompletingTasks {

    private final StaffTasks tasks;
    private final WorkerVisits visits;

    CompletingTasks(StaffTasks tasks, WorkerVisits visits) {
        this.tasks = tasks;
        this.visits = visits;
    }

    /**
     * Decides a staff task; see {@link StaffTasks#complete}.
     *
     * @return true when completed; false when it waits for a second approver
     */
    public boolean complete(String taskId, TaskDecision decision, TaskScope scope) {
        return EngineRetries.run(() -> tasks.complete(taskId, decision, scope));
    }

    /**
     * Records a home visit and completes its task and those of the application's other items waiting for
     * one; see {@link WorkerVisits#record}. Returns how many visit tasks it completed.
     */
    public int visit(String taskId, HomeVisit visit, TaskScope worker) {
        return EngineRetries.run(() -> visits.record(taskId, visit, worker));
    }
}
