package cq.assist.workflow.application;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Tells an application process, waiting for joint items, that one of its item processes ended. */
@Component
public class ApplicationProcessSignals {

    private final RuntimeService runtime;

    ApplicationProcessSignals(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Triggers the wait (the process then closes the application if nothing is open any more). */
    public void itemEnded(String applicationId) {
        if (applicationId == null) {
            return;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ApplicationProcess.KEY)
                .processInstanceBusinessKey(applicationId)
                .singleResult();
        if (instance == null) {
            return;
        }
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceId(instance.getId())
                .activityId(ApplicationProcess.AWAIT_JOINT_ITEMS)
                .singleResult();
        if (waiting != null) {
            runtime.trigger(waiting.getId());
        }
    }
}
