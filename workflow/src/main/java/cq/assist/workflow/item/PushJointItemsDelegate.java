package cq.assist.workflow.item;

import cq.assist.core.fanout.PushingJointItems;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An item was granted: the joint items follow as new item processes; apply-free items are granted. */
@Component("pushJointItemsDelegate")
class PushJointItemsDelegate implements JavaDelegate {

    private final PushingJointItems jointItems;
    private final ItemProcesses processes;

    PushJointItemsDelegate(PushingJointItems jointItems, ItemProcesses processes) {
        this.jointItems = jointItems;
        this.processes = processes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        jointItems.push((String) execution.getVariable(ItemProcess.VAR_CASE_ID)).forEach(processes::start);
    }
}
