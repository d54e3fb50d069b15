package cq.assist.workflow.application;

import cq.assist.core.fanout.GrantingApplyFree;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The apply-free items the assessment found are granted at once: no human task. */
@Component("grantApplyFreeDelegate")
class GrantApplyFreeDelegate implements JavaDelegate {

    private final GrantingApplyFree granting;

    GrantApplyFreeDelegate(GrantingApplyFree granting) {
        this.granting = granting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        granting.grantPending((String) execution.getVariable(ApplicationProcess.VAR_APPLICATION_ID));
    }
}
