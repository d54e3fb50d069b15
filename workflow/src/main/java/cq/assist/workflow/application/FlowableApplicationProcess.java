package cq.assist.workflow.application;

import cq.assist.core.intake.ApplicationProcessPort;
import cq.assist.core.itemcase.ItemCases;
import java.util.ArrayList;
import java.util.List;
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
    private final ItemCases cases;

    FlowableApplicationProcess(RuntimeService runtime, ApplicationProcessSignals signals, ItemCases cases) {
        this.runtime = runtime;
        this.signals = signals;
        this.cases = cases;
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
    public void end(String applicationId, String reason) {
        List<String> keys = new ArrayList<>();
        keys.add(applicationId);
        cases.ofApplication(applicationId).forEach(c -> keys.add(c.id()));
        for (String key : keys) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
                    .filter(instance -> instance.getSuperExecutionId() == null)
                    .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), reason));
        }
    }

    @Override
    public void authorizationsComplete(String applicationId) {
        signals.trigger(applicationId, ApplicationProcess.WAIT_FOR_AUTHORIZATIONS);
    }
}
