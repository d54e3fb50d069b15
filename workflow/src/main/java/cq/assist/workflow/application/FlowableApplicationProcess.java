package cq.assist.workflow.application;

import cq.assist.core.intake.ApplicationProcessPort;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Drives the application process on Flowable. Runs inside the caller's transaction (Flowable and
 * MyBatis share the transaction manager), so a failed start rolls back the stored application.
 */
@Component
class FlowableApplicationProcess implements ApplicationProcessPort {

    private final RuntimeService runtime;

    FlowableApplicationProcess(RuntimeService runtime) {
        this.runtime = runtime;
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
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ApplicationProcess.KEY)
                .processInstanceBusinessKey(applicationId)
                .singleResult();
        if (instance == null) {
            return;
        }
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceId(instance.getId())
                .activityId(ApplicationProcess.WAIT_FOR_AUTHORIZATIONS)
                .singleResult();
        if (waiting != null) {
            runtime.trigger(waiting.getId());
        }
    }
}
