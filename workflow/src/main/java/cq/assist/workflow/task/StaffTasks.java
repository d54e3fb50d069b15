package cq.assist.workflow.task;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.ApplicationMapper;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.itemcase.DecidingItemCases;
import cq.assist.core.itemcase.Groups;
import cq.assist.core.itemcase.ItemCaseMapper;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.Step;
import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.item.ItemProcess;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My tasks, claim and complete for department staff and community workers. Completing records the
 * decision on the case and moves the process in one transaction; of two concurrent completions exactly
 * one succeeds and the other is a CONFLICT (the case row lock, Flowable's optimistic locking).
 */
@Service
public class StaffTasks {

    private static final int MAX_TASKS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(StaffTasks.class);

    private final TaskService tasks;
    private final HistoryService history;
    private final ItemCaseMapper cases;
    private final ApplicationMapper applications;
    private final DecidingItemCases deciding;
    private final BusinessClock clock;

    StaffTasks(
            TaskService tasks,
            HistoryService history,
            ItemCaseMapper cases,
            ApplicationMapper applications,
            DecidingItemCases deciding,
            BusinessClock clock) {
        this.tasks = tasks;
        this.history = history;
        this.cases = cases;
        this.applications = applications;
        this.deciding = deciding;
        this.clock = clock;
    }

    /** Open tasks in the caller's scope, oldest first (at most {@value #MAX_TASKS}). */
    @Transactional(readOnly = true)
    public List<TaskView> open(TaskScope scope) {
        var query = tasks.createTaskQuery()
                .processDefinitionKeyIn(List.of(ItemProcess.KEY_ITEM, ItemProcess.KEY_DIBAO))
                .includeProcessVariables();
        if (!scope.admin()) {
            if (scope.groups().isEmpty()) {
                return List.of();
            }
            query = query.taskCandidateGroupIn(scope.groups()).ignoreAssigneeValue();
        }
        return query.orderByTaskCreateTime().asc().listPage(0, MAX_TASKS).stream()
                .map(this::view)
                .toList();
    }

    /** Claims a task: 404 outside the scope, 409 when someone else holds it or it is completed. */
    @Transactional
    public void claim(String taskId, TaskScope scope) {
        Task task = live(taskId, scope);
        if (task.getAssignee() != null) {
            if (task.getAssignee().equals(scope.account())) {
                return;
            }
            throw conflict("task.claimedByOther");
        }
        try {
            tasks.claim(taskId, scope.account());
        } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException raced) {
            throw conflict("task.claimedByOther");
        }
    }

    /** Decides a task and moves the process; see {@link DecidingItemCases#decide} for the checks. */
    @Transactional
    public void complete(String taskId, TaskDecision decision, TaskScope scope) {
        Task task = live(taskId, scope);
        if (task.getAssignee() != null && !task.getAssignee().equals(scope.account())) {
            throw conflict("task.claimedByOther");
        }
        deciding.decide(
                caseId(task), step(task), decision.decision(), decision.reason(), decision.amount(), scope.staff());
        completeTask(task, scope, decision.decision().name());
    }

    /** A live task in the caller's scope, or NOT_FOUND (CONFLICT when it was completed in scope). */
    Task live(String taskId, TaskScope scope) {
        Task task =
                tasks.createTaskQuery().taskId(taskId).includeProcessVariables().singleResult();
        if (task != null && sees(task, scope)) {
            return task;
        }
        if (task == null) {
            HistoricTaskInstance done = history.createHistoricTaskInstanceQuery()
                    .taskId(taskId)
                    .finished()
                    .includeProcessVariables()
                    .singleResult();
            if (done != null && sees(done, scope)) {
                throw conflict("task.completed");
            }
        }
        throw DomainException.notFound("task.notFound");
    }

    void completeTask(Task task, TaskScope scope, String decision) {
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), scope.account());
            }
            tasks.complete(task.getId(), Map.of(ItemProcess.VAR_DECISION, decision));
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException raced) {
            LOG.info("Task {} completed concurrently: {}", task.getId(), raced.getMessage());
            throw conflict("task.completed");
        } catch (FlowableTaskAlreadyClaimedException claimedMeanwhile) {
            throw conflict("task.claimedByOther");
        }
    }

    static Step step(TaskInfo task) {
        return ItemProcess.stepOf(task.getTaskDefinitionKey());
    }

    static String caseId(TaskInfo task) {
        return (String) task.getProcessVariables().get(ItemProcess.VAR_CASE_ID);
    }

    private boolean sees(TaskInfo task, TaskScope scope) {
        Step step = step(task);
        String caseId = caseId(task);
        ItemCaseRow row = step == null || caseId == null ? null : cases.selectById(caseId);
        return row != null && scope.sees(step.candidateGroup(row));
    }

    private TaskView view(Task task) {
        ItemCaseRow row = cases.selectById(caseId(task));
        ApplicationRow app = applications.selectById(row.applicationId());
        String group = step(task).candidateGroup(row);
        String department = Groups.departmentOf(group);
        String region = department == null ? row.regionCode() : department.substring(department.indexOf('@') + 1);
        return new TaskView(
                task.getId(),
                row.applicationId(),
                app == null ? null : app.applicationNo(),
                row.itemCode(),
                step(task).name(),
                department,
                region,
                task.getAssignee(),
                task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getDueDate() != null && task.getDueDate().toInstant().isBefore(clock.now()));
    }

    private static DomainException conflict(String key) {
        return new DomainException(ProblemKind.CONFLICT, key);
    }
}
