package cq.assist.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.delegate.event.FlowableActivityEvent;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.api.Task;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Carries the request id ({@link RequestIds}) from a request into the async jobs it causes: a process
 * started, or a task completed, on a thread that has a request id stores it in the process variable
 * {@value RequestIds#VARIABLE}; on a job thread each activity that starts takes it from that variable,
 * and the job's end (success or failure) clears it, so a pooled job thread never lends one job's id to
 * the next. Item processes started from a job inherit the id the same way.
 */
@Component
class RequestIdPropagation implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        register(configuration);
    }

    /** Adds the listener to an engine configuration, for the events it needs, beside any listener already there. */
    static void register(ProcessEngineConfigurationImpl configuration) {
        Map<String, List<FlowableEventListener>> typed = configuration.getTypedEventListeners() == null
                ? new HashMap<>()
                : new HashMap<>(configuration.getTypedEventListeners());
        Listener listener = new Listener();
        for (FlowableEngineEventType type : List.of(
                FlowableEngineEventType.PROCESS_STARTED,
                FlowableEngineEventType.TASK_COMPLETED,
                FlowableEngineEventType.ACTIVITY_STARTED,
                FlowableEngineEventType.JOB_EXECUTION_SUCCESS,
                FlowableEngineEventType.JOB_EXECUTION_FAILURE)) {
            List<FlowableEventListener> listeners = new ArrayList<>(typed.getOrDefault(type.name(), List.of()));
            listeners.add(listener);
            typed.put(type.name(), listeners);
        }
        configuration.setTypedEventListeners(typed);
    }

    /** The engine listener; runs inside the engine's command, on the thread that caused the event. */
    static final class Listener implements FlowableEventListener {

        /** True on a thread whose request id was taken from a process variable (a job thread). */
        private static final ThreadLocal<Boolean> ADOPTED = new ThreadLocal<>();

        @Override
        public void onEvent(FlowableEvent event) {
            if (event.getType() == FlowableEngineEventType.ACTIVITY_STARTED) {
                adopt((FlowableActivityEvent) event);
                return;
            }
            if (event.getType() == FlowableEngineEventType.JOB_EXECUTION_SUCCESS
                    || event.getType() == FlowableEngineEventType.JOB_EXECUTION_FAILURE) {
                release();
                return;
            }
            String requestId = RequestIds.current();
            if (requestId == null) {
                return;
            }
            if (event.getType() == FlowableEngineEventType.PROCESS_STARTED
                    && ((FlowableEntityEvent) event).getEntity() instanceof ExecutionEntity instance) {
                instance.setVariable(RequestIds.VARIABLE, requestId);
            } else if (event.getType() == FlowableEngineEventType.TASK_COMPLETED
                    && ((FlowableEntityEvent) event).getEntity() instanceof Task task
                    && task.getProcessInstanceId() != null) {
                ExecutionEntity instance = executions().findById(task.getProcessInstanceId());
                if (instance != null) {
                    instance.setVariable(RequestIds.VARIABLE, requestId);
                }
            }
        }

        private static void adopt(FlowableActivityEvent event) {
            // a request thread has its own id; a job thread that took one already keeps it until the job ends
            // (one job is one process instance and those it starts, which carry the same id): the lookup runs once
            // per job, not once per activity (it read the execution's variables for every activity, issue 10)
            if (RequestIds.current() != null || event.getExecutionId() == null) {
                return;
            }
            ExecutionEntity execution = executions().findById(event.getExecutionId());
            if (execution != null && execution.getVariable(RequestIds.VARIABLE) instanceof String requestId) {
                MDC.put(RequestIds.MDC_KEY, requestId);
                ADOPTED.set(Boolean.TRUE);
            } else {
                release();
            }
        }

        private static void release() {
            if (ADOPTED.get() != null) {
                MDC.remove(RequestIds.MDC_KEY);
                ADOPTED.remove();
            }
        }

        private static org.flowable.engine.impl.persistence.entity.ExecutionEntityManager executions() {
            return CommandContextUtil.getExecutionEntityManager();
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
}
