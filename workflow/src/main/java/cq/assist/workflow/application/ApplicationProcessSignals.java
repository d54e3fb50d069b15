package cq.assist.workflow.application;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Moves an application process on from one of its receive tasks (co-signing done, a joint item ended). */
@Component
public class ApplicationProcessSignals {

    private final RuntimeService runtime;

    ApplicationProcessSignals(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Triggers the wait (the process then closes the application if nothing is open any more). */
    public void itemEnded(String applicationId) {
        if (applicationId != null) {
            trigger(applicationId, ApplicationProcess.AWAIT_JOINT_ITEMS);
        }
    }

    /**
     * Moves the application's process on from the receive task {@code activityId}; does nothing when the
     * process has ended or is not waiting there (so a repeated signal is harmless).
     */
    void trigger(String applicationId, String activityId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ApplicationProcess.KEY)
                .processInstanceBusinessKey(applicationId)
                .singleResult();
        if (instance == null) {
            return;
        }
        Execution waiting = runtime.createExecutionQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
        if (waiting != null) {
            runtime.trigger(waiting.getId());
        }
    }
}
