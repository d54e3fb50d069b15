package cq.assist.workflow.item;

import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * Starts item processes and delivers objections to them. Exposed to the BPMN as {@code itemProcesses}
 * (the application's call activity asks {@link #keyOf} which process handles a case).
 */
@Component("itemProcesses")
public class ItemProcesses {

    private final RuntimeService runtime;
    private final ItemCases cases;

    ItemProcesses(RuntimeService runtime, ItemCases cases) {
        this.runtime = runtime;
        this.cases = cases;
    }

    /** The process key for a case (dibaoCase for 低保/特困, itemCase otherwise). */
    public String keyOf(String caseId) {
        return ItemProcess.keyFor(cases.find(caseId));
    }

    /** Starts a case's process on its own (a joint item pushed after a grant). */
    public void start(String caseId) {
        start(cases.find(caseId));
    }

    /**
     * Starts the process of a case the caller has just opened (its row as inserted, in the caller's transaction),
     * without reading it back.
     */
    public void start(ItemCaseRow row) {
        runtime.createProcessInstanceBuilder()
                .processDefinitionKey(ItemProcess.keyFor(row))
                .businessKey(row.id())
                .variable(ItemProcess.VAR_CASE_ID, row.id())
                .variable(ItemProcess.VAR_APPLICATION_ID, row.applicationId())
                .variable(ItemProcess.VAR_STANDALONE, true)
                .start();
    }

    /** Interrupts the public notice of a case: the investigation reopens. Returns false when not in notice. */
    public boolean objectTo(String caseId) {
        ItemCaseRow row = cases.find(caseId);
        if (row == null || row.processInstanceId() == null) {
            return false;
        }
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceId(row.processInstanceId())
                .messageEventSubscriptionName(ItemProcess.MESSAGE_OBJECTION)
                .singleResult();
        if (waiting == null) {
            return false;
        }
        runtime.messageEventReceived(ItemProcess.MESSAGE_OBJECTION, waiting.getId());
        return true;
    }
}
