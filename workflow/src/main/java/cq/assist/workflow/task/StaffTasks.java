package cq.assist.workflow.task;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.itemcase.DecidingItemCases;
import cq.assist.core.itemcase.Groups;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.Step;
import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.item.ItemProcess;
import cq.assist.workflow.task.TaskInboxMapper.InboxQuery;
import cq.assist.workflow.task.TaskInboxMapper.InboxRow;
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

    private static final Logger LOG = LoggerFactory.getLogger(StaffTasks.class);

    private final TaskService tasks;
    private final HistoryService history;
    private final ItemCases cases;
    private final TaskInboxMapper inbox;
    private final DecidingItemCases deciding;
    private final BusinessClock clock;

    StaffTasks(
            TaskService tasks,
            HistoryService history,
            ItemCases cases,
            TaskInboxMapper inbox,
            DecidingItemCases deciding,
            BusinessClock clock) {
        this.tasks = tasks;
        this.history = history;
        this.cases = cases;
        this.inbox = inbox;
        this.deciding = deciding;
        this.clock = clock;
    }

    /**
     * One page of the open tasks in the caller's scope (API.md {@code GET /tasks}): one query for the page
     * and one for the total, whatever the page size. An administrator has no department tasks.
     */
    @Transactional(readOnly = true)
    public InboxPage page(TaskScope scope, InboxFilter filter) {
        if (scope.admin() || scope.groups().isEmpty()) {
            return new InboxPage(List.of(), 0);
        }
        InboxQuery query = new InboxQuery(
                scope.groups(),
                filter.itemCode(),
                filter.step() == null ? null : filter.step().name(),
                filter.overdue(),
                clock.now(),
                filter.applicationNo(),
                filter.sortByDue(),
                filter.size(),
                filter.offset());
        List<TaskView> rows = inbox.selectPage(query).stream().map(this::view).toList();
        long total = rows.size() < filter.size() && filter.page() == 0 ? rows.size() : inbox.count(query);
        return new InboxPage(rows, total);
    }

    /** The first {@value InboxFilter#MAX_SIZE} open tasks in the caller's scope, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskView> open(TaskScope scope) {
        return page(scope, InboxFilter.all()).tasks();
    }

    /** One open task in the caller's scope; NOT_FOUND outside it, CONFLICT when completed. */
    @Transactional(readOnly = true)
    public TaskView one(String taskId, TaskScope scope) {
        InboxRow row = inbox.selectByTaskId(taskId);
        if (row != null && !scope.admin() && scope.sees(row.groupId())) {
            return view(row);
        }
        live(taskId, scope);
        throw DomainException.notFound("task.notFound");
    }

    /**
     * Releases a claim: the holder may release its own; a district approver of the same office may release
     * anyone's (a supervisor). Releasing an unclaimed task does nothing.
     *
     * @throws DomainException NOT_FOUND outside the scope, CONFLICT when completed or held by someone else
     */
    @Transactional
    public void unclaim(String taskId, TaskScope scope) {
        Task task = live(taskId, scope);
        String holder = task.getAssignee();
        if (holder == null) {
            return;
        }
        if (!holder.equals(scope.account()) && !scope.supervisor()) {
            throw conflict("task.claimedByOther");
        }
        try {
            tasks.unclaim(taskId);
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException raced) {
            throw conflict("task.completed");
        }
    }

    /** Claims a task: 404 outside the scope, 409 when someone else holds it or it is completed. */
    @Transactional
    public void claim(String taskId, TaskScope scope) {
        refuseAdmin(scope);
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
        refuseAdmin(scope);
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
        ItemCaseRow row = step == null || caseId == null ? null : cases.find(caseId);
        return row != null && scope.sees(step.candidateGroup(row));
    }

    private TaskView view(InboxRow row) {
        Step step = ItemProcess.stepOf(row.taskKey());
        String department = Groups.departmentOf(row.groupId());
        String region = department == null ? row.communityCode() : department.substring(department.indexOf('@') + 1);
        return new TaskView(
                row.taskId(),
                row.applicationId(),
                row.applicationNo(),
                row.itemCode(),
                step == null ? row.taskKey() : step.name(),
                department,
                region,
                row.assignee(),
                row.createdAt(),
                row.dueAt(),
                row.dueAt() != null && row.dueAt().isBefore(clock.now()));
    }

    private static void refuseAdmin(TaskScope scope) {
        if (scope.admin()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "task.adminNoCasework");
        }
    }

    private static DomainException conflict(String key) {
        return new DomainException(ProblemKind.CONFLICT, key);
    }
}
