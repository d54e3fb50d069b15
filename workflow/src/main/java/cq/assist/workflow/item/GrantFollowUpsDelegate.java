package cq.assist.workflow.item;

import cq.assist.core.fanout.FollowingGrants;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An item was granted: the joint items follow as new item processes; apply-free items are granted. */
@Component("grantFollowUpsDelegate")
class GrantFollowUpsDelegate implements JavaDelegate {

    private final FollowingGrants following;
    private final ItemProcesses processes;

    GrantFollowUpsDelegate(FollowingGrants following, ItemProcesses processes) {
        this.following = following;
        this.processes = processes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        following
                .follow((String) execution.getVariable(ItemProcess.VAR_CASE_ID))
                .forEach(processes::start);
    }
}
