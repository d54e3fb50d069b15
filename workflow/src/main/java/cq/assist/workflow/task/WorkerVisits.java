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

/**
 * A community worker's open home visits, and recording one (which completes the visit task). One household,
 * one visit (issue 8): the visit recorded for one item serves every item of the application waiting for a
 * home visit in the worker's community (低保 and 特困 alike), so the household is not visited twice.
 */
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

    /**
     * Records the visit and moves the case to the street review, and does the same for every other item of
     * the application waiting for a home visit in the worker's community; 404 outside that community.
     *
     * @return how many visit tasks the visit completed (at least 1)
     */
    @Transactional
    public int record(String taskId, HomeVisit visit, TaskScope worker) {
        Task task = tasks.live(taskId, worker);
        if (StaffTasks.step(task) != Step.HOME_VISIT) {
            throw DomainException.notFound("task.notFound");
        }
        tasks.lockApplication(task);
        task = tasks.live(taskId, worker);
        String applicationId = tasks.applicationIdOf(task);
        visits.record(StaffTasks.caseId(task), visit, worker.staff());
        tasks.completeTask(task, worker, Decision.APPROVE.name());
        int completed = 1;
        for (TaskView sibling : tasks.open(worker)) {
            if (sibling.applicationId().equals(applicationId)
                    && Step.HOME_VISIT.name().equals(sibling.step())
                    && !sibling.taskId().equals(taskId)) {
                Task other = tasks.live(sibling.taskId(), worker);
                visits.record(StaffTasks.caseId(other), visit, worker.staff());
                tasks.completeTask(other, worker, Decision.APPROVE.name());
                completed++;
            }
        }
        return completed;
    }
}
