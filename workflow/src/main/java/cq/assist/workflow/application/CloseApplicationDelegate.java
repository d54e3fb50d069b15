package cq.assist.workflow.application;

import cq.assist.core.fanout.ClosingApplications;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the application when no item case is open; the routing flag says whether it did. */
@Component("closeApplicationDelegate")
class CloseApplicationDelegate implements JavaDelegate {

    private final ClosingApplications closing;

    CloseApplicationDelegate(ClosingApplications closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ApplicationProcess.VAR_APPLICATION_ID);
        closing.closeIfDone(applicationId);
        execution.setVariable(ApplicationProcess.VAR_ALL_DECIDED, closing.openCount(applicationId) == 0);
    }
}
