package cq.assist.workflow.application;

import cq.assist.core.intake.ApplicationLifecycle;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** All authorizations are in: the application's status becomes CHECKING (if it is not already). */
@Component("beginEconomicCheckDelegate")
class BeginEconomicCheckDelegate implements JavaDelegate {

    private final ApplicationLifecycle lifecycle;

    BeginEconomicCheckDelegate(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.beginEconomicCheck((String) execution.getVariable(ApplicationProcess.VAR_APPLICATION_ID));
    }
}
