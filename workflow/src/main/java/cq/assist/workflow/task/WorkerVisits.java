package cq.assist.workflow.task;

import cq.assist.core.common.DomainException;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.itemcase.HomeVisit;
import cq.assist.core.itemcase.RecordingVisits;
import cq.assist.core.itemcase.Step;
import java.util.List;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community worker's open home visits, and recording one (which completes the visit task). */
@Service
public class WorkerVisits {

    private final StaffTasks tasks;
    private final RecordingVisits visits;

    WorkerVisits(StaffTasks tasks, RecordingVisits visits) {
        this.tasks = tasks;
        this.visits = visits;
    }

    /** Open home visits in the worker's community. */
    @Transactional(readOnly = true)
    public List<TaskView> open(TaskScope worker) {
        return tasks.open(worker).stream()
                .filter(t -> Step.HOME_VISIT.name().equals(t.step()))
                .toList();
    }

    /** Records the visit and moves the case to the street review; 404 outside the worker's community. */
    @Transactional
    public void record(String taskId, HomeVisit visit, TaskScope worker) {
        Task task = tasks.live(taskId, worker);
        if (StaffTasks.step(task) != Step.HOME_VISIT) {
            throw DomainException.notFound("task.notFound");
        }
        tasks.lockApplication(task);
        task = tasks.live(taskId, worker);
        visits.record(StaffTasks.caseId(task), visit, worker.staff());
        tasks.completeTask(task, worker, Decision.APPROVE.name());
    }
}
