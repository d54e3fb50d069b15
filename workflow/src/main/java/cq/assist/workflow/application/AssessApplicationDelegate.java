package cq.assist.workflow.application;

import cq.assist.core.fanout.AssessingApplication;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Async: economic check and assessment, stored as item cases (idempotent: a retry writes nothing). */
@Component("assessApplicationDelegate")
class AssessApplicationDelegate implements JavaDelegate {

    private final AssessingApplication assessing;

    AssessApplicationDelegate(AssessingApplication assessing) {
        this.assessing = assessing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessing.assess((String) execution.getVariable(ApplicationProcess.VAR_APPLICATION_ID));
    }
}
