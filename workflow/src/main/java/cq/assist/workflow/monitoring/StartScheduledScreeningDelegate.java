package cq.assist.workflow.monitoring;

import cq.assist.core.monitoring.ScreeningRuns;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The monitoring schedule's timer fired: start the periodic re-screening of the households due. */
@Component("startScheduledScreening")
class StartScheduledScreeningDelegate implements JavaDelegate {

    private final ScreeningRuns runs;

    StartScheduledScreeningDelegate(ScreeningRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("runId", runs.startScheduled());
    }
}
