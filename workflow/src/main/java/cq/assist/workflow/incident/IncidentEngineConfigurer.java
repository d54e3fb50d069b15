package cq.assist.workflow.incident;

import cq.assist.core.incident.CaseIncidents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Registers the {@link DeadLetterListener} and sets how long a failed job waits before its next retry
 * ({@code assist.flowable.failed-job-wait-seconds}, default 10, Flowable's own default).
 */
@Component
class IncidentEngineConfigurer implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final CaseIncidents incidents;
    private final int failedJobWaitSeconds;

    IncidentEngineConfigurer(
            @Lazy CaseIncidents incidents,
            @Value("${assist.flowable.failed-job-wait-seconds:10}") int failedJobWaitSeconds) {
        this.incidents = incidents;
        this.failedJobWaitSeconds = failedJobWaitSeconds;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        Map<String, List<FlowableEventListener>> typed = configuration.getTypedEventListeners() == null
                ? new java.util.HashMap<>()
                : new java.util.HashMap<>(configuration.getTypedEventListeners());
        List<FlowableEventListener> listeners =
                new ArrayList<>(typed.getOrDefault("JOB_MOVED_TO_DEADLETTER", List.of()));
        listeners.add(new DeadLetterListener(incidents));
        typed.put("JOB_MOVED_TO_DEADLETTER", listeners);
        configuration.setTypedEventListeners(typed);
        configuration.setAsyncFailedJobWaitTime(failedJobWaitSeconds);
        configuration.setDefaultFailedJobWaitTime(failedJobWaitSeconds);
    }
}
