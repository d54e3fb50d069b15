package cq.assist.workflow.incident;

import cq.assist.core.incident.CaseIncidents;
import cq.assist.workflow.application.ApplicationProcess;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.job.api.Job;

/**
 * When a job has failed its last retry and moves to the dead-letter table, records a case incident with
 * the application of its process (the application process's business key, or the {@code applicationId}
 * variable of an item process) and the exception of the last attempt. Runs in the engine's transaction.
 */
class DeadLetterListener implements FlowableEventListener {

    private final CaseIncidents incidents;

    DeadLetterListener(CaseIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() != FlowableEngineEventType.JOB_MOVED_TO_DEADLETTER
                || !(event instanceof FlowableEngineEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof Job job)) {
            return;
        }
        incidents.recordDeadLetter(
                applicationOf(job), job.getId(), job.getProcessInstanceId(), job.getElementId(), causeOf(job));
    }

    private static String applicationOf(Job job) {
        if (job.getProcessInstanceId() == null) {
            return null;
        }
        ExecutionEntity instance =
                CommandContextUtil.getExecutionEntityManager().findById(job.getProcessInstanceId());
        if (instance == null) {
            return null;
        }
        Object variable = instance.getVariable(ApplicationProcess.VAR_APPLICATION_ID);
        if (variable instanceof String id) {
            return id;
        }
        ExecutionEntity root = instance.getRootProcessInstanceId() == null
                ? instance
                : CommandContextUtil.getExecutionEntityManager().findById(instance.getRootProcessInstanceId());
        return root == null ? null : root.getBusinessKey();
    }

    private static String causeOf(Job job) {
        String message = job.getExceptionMessage();
        return message == null || message.isBlank() ? "unknown (see the node's log)" : message;
    }

    @Override
    public boolean isFailOnException() {
        return false;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
