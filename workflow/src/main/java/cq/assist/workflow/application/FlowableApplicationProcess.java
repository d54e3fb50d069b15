package cq.assist.workflow.application;

import cq.assist.core.intake.ApplicationProcessPort;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Drives the application process on Flowable. Runs inside the caller's transaction (Flowable and
 * MyBatis share the transaction manager), so a failed start rolls back the stored application.
 */
@Component
class FlowableApplicationProcess implements ApplicationProcessPort {

    private final RuntimeService runtime;
    private final ApplicationProcessSignals signals;

    FlowableApplicationProcess(RuntimeService runtime, ApplicationProcessSignals signals) {
        this.runtime = runtime;
        this.signals = signals;
    }

    @Override
    public void start(String applicationId, boolean waitForAuthorizations) {
        runtime.createProcessInstanceBuilder()
                .processDefinitionKey(ApplicationProcess.KEY)
                .businessKey(applicationId)
                .variable(ApplicationProcess.VAR_APPLICATION_ID, applicationId)
                .variable(ApplicationProcess.VAR_WAIT_FOR_AUTHORIZATIONS, waitForAuthorizations)
                .start();
    }

    @Override
    public void authorizationsComplete(String applicationId) {
        signals.trigger(applicationId, ApplicationProcess.WAIT_FOR_AUTHORIZATIONS);
    }
}
