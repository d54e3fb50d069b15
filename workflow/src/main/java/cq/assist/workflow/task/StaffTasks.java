package cq.assist.workflow.task;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.Applications;
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
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My tasks, claim and complete for department staff and community workers. Completing records the
 * decision on the case and moves the process in one transaction. Completions on one application are
 * serialised on the application row (joint items of two departments end into the same waiting
 * application process), and a lost engine race is not turned into a 409 here: it propagates so that
 * {@link CompletingTasks} runs the transaction again, after which CONFLICT means what it says (the task
 * was completed, or someone else holds it).
 */
@Service
public class StaffTasks {

    private static final Logger LOG = LoggerFactory.getLogger(StaffTasks.class);

    private final TaskService tasks;
    private final HistoryService history;
    private final ItemCases cases;
    private final TaskInboxMapper inbox;
    private final DecidingItemCases deciding;
    private final Applications applications;
    private final BusinessClock clock;
    private final AuditRecorder audit;

    StaffTasks(
            TaskService tasks,
            HistoryService history,
            ItemCases cases,
            TaskInboxMapper inbox,
            DecidingItemCases deciding,
            Applications applications,
            BusinessClock clock,
            AuditRecorder audit) {
        this.tasks = tasks;
        this.history = history;
        this.cases = cases;
        this.inbox = inbox;
        this.deciding = deciding;
        this.applications = applications;
        this.clock = clock;
        this.audit = audit;
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
        audited(
                scope,
                task,
                holder.equals(scope.account()) ? "RELEASE own claim" : "RELEASE claim of account " + holder,
                AuditOutcome.SUCCESS);
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
        audited(scope, task, "CLAIM", AuditOutcome.SUCCESS);
    }

    /**
     * Audits a claim or a release ({@link AuditActions#TASK_CLAIM}) in the caller's transaction: who, the
     * task, its step and item case; it commits with the claim. A claim refused as held by another (409) is a
     * conflict, not a refusal of access, and rolls back unrecorded; 404s outside the scope are audited as
     * ACCESS_DENIED by the web layer.
     */
    private void audited(TaskScope scope, TaskInfo task, String what, AuditOutcome outcome) {
        Step step = step(task);
        audit.record(new AuditEntry(
                scope.account(),
                String.join(",", new java.util.TreeSet<>(scope.roles())),
                AuditActions.TASK_CLAIM,
                "TASK",
                task.getId(),
                what + " step=" + (step == null ? task.getTaskDefinitionKey() : step.name()) + " case=" + caseId(task),
                null,
                outcome));
    }

    /**
     * Decides a task and moves the process, in one attempt; see {@link DecidingItemCases#decide} for the
     * checks. Callers outside a transaction use {@link CompletingTasks#complete}, which retries a lost race.
     *
     * @return true when the task was completed; false when the decision is a first approval waiting for a
     *     second approver (the task stays open and is released for a colleague)
     */
    @Transactional
    public boolean complete(String taskId, TaskDecision decision, TaskScope scope) {
        refuseAdmin(scope);
        Task task = live(taskId, scope);
        lockApplication(task);
        task = live(taskId, scope);
        if (task.getAssignee() != null && !task.getAssignee().equals(scope.account())) {
            throw conflict("task.claimedByOther");
        }
        DecidingItemCases.Result result = deciding.decide(
                caseId(task), step(task), decision.decision(), decision.reason(), decision.amount(), scope.staff());
        if (result == DecidingItemCases.Result.AWAITING_SECOND_APPROVAL) {
            if (task.getAssignee() != null) {
                tasks.unclaim(task.getId());
            }
            return false;
        }
        completeTask(task, scope, decision.decision().name());
        return true;
    }

    /** A live task in the caller's scope, or NOT_FOUND (CONFLICT when it was completed in scope). */
    Task live(String taskId, TaskScope scope) {
        Task task =
                tasks.createTaskQuery().taskId(taskId).includeProcessVariables().singleResult();
        if (task != null && sees(task, scope)) {
            return task;
        }
        if (task == null) {
            // the engine keeps task history, not variable history (history level "task"): the case is the
            // item process's business key
            HistoricTaskInstance done = history.createHistoricTaskInstanceQuery()
                    .taskId(taskId)
                    .finished()
                    .singleResult();
            if (done != null && sees(step(done), caseOfProcess(done.getProcessInstanceId()), scope)) {
                throw conflict("task.completed");
            }
        }
        throw DomainException.notFound("task.notFound");
    }

    /** The item case of an item process (its business key, also kept in history), or null. */
    private String caseOfProcess(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    /** The application of a task (its process variable), or null. */
    String applicationIdOf(TaskInfo task) {
        Object applicationId = task.getProcessVariables().get(ItemProcess.VAR_APPLICATION_ID);
        return applicationId == null ? null : applicationId.toString();
    }

    /**
     * Locks the task's application row until the transaction ends: every completion of one application
     * (and the application process it may move) happens one after the other.
     */
    void lockApplication(TaskInfo task) {
        Object applicationId = task.getProcessVariables().get(ItemProcess.VAR_APPLICATION_ID);
        if (applicationId != null) {
            applications.lockStatus(applicationId.toString());
        }
    }

    /**
     * Completes the task. A task gone is CONFLICT; Flowable's optimistic-locking failure propagates (the
     * whole transaction is retried by {@link CompletingTasks}).
     */
    void completeTask(Task task, TaskScope scope, String decision) {
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), scope.account());
            }
            tasks.complete(task.getId(), Map.of(ItemProcess.VAR_DECISION, decision));
        } catch (FlowableObjectNotFoundException gone) {
            LOG.info("Task {} completed concurrently: {}", task.getId(), gone.getMessage());
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
        return sees(step(task), caseId(task), scope);
    }

    private boolean sees(Step step, String caseId, TaskScope scope) {
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
