package cq.assist.workflow.item;

import cq.assist.core.fanout.PushingJointItems;
import cq.assist.core.insurance.OfferingInsuranceClaims;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An item was granted: the joint items follow as new item processes; apply-free items are granted; a 低保 or
 * 特困 household with medical expenses is offered an insurance claim (once per grant).
 */
@Component("pushJointItemsDelegate")
class PushJointItemsDelegate implements JavaDelegate {

    private final PushingJointItems jointItems;
    private final ItemProcesses processes;
    private final OfferingInsuranceClaims insuranceClaims;

    PushJointItemsDelegate(
            PushingJointItems jointItems, ItemProcesses processes, OfferingInsuranceClaims insuranceClaims) {
        this.jointItems = jointItems;
        this.processes = processes;
        this.insuranceClaims = insuranceClaims;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(ItemProcess.VAR_CASE_ID);
        jointItems.push(caseId).forEach(processes::start);
        insuranceClaims.offer(caseId);
    }
}
