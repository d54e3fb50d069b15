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
     * The worker's open visits, one per application (one household, one visit): each with the visit tasks of
     * every item of that application waiting for a home visit, items in code order (so 低保 {@code DIBAO} comes
     * before 特困 {@code TEKUN}); the first task stands for the visit, and recording it serves them all. Ordered by
     * the earliest due date.
     */
    @Transactional(readOnly = true)
    public List<ApplicationVisit> perApplication(TaskScope worker) {
        java.util.Map<String, List<TaskView>> byApplication = new java.util.LinkedHashMap<>();
        for (TaskView t : open(worker)) {
            byApplication
                    .computeIfAbsent(t.applicationId(), k -> new java.util.ArrayList<>())
                    .add(t);
        }
        return byApplication.values().stream()
                .map(tasks -> new ApplicationVisit(tasks.stream()
                        .sorted(java.util.Comparator.comparing(TaskView::itemCode)
                                .thenComparing(TaskView::taskId))
                        .toList()))
                .sorted(java.util.Comparator.comparing((ApplicationVisit v) -> v.tasks().stream()
                        .map(TaskView::dueAt)
                        .filter(java.util.Objects::nonNull)
                        .min(java.util.Comparator.naturalOrder())
                        .orElse(java.time.Instant.MAX)))
                .toList();
    }

    /**
     * One home visit of one application: the visit tasks of its items (at least one), the first standing for all.
     *
     * @param tasks the items' visit tasks, in item code order
     */
    public record ApplicationVisit(List<TaskView> tasks) {

        /** The task that stands for the visit. */
        public TaskView primary() {
            return tasks.get(0);
        }
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
