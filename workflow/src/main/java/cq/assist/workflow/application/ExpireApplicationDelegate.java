package cq.assist.workflow.application;

import cq.assist.core.intake.ApplicationLifecycle;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Co-signing deadline passed: the application expires, with the reason on its timeline. */
@Component("expireApplicationDelegate")
class ExpireApplicationDelegate implements JavaDelegate {

    private final ApplicationLifecycle lifecycle;

    ExpireApplicationDelegate(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.expire((String) execution.getVariable(ApplicationProcess.VAR_APPLICATION_ID));
    }
}
