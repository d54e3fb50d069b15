package cq.assist.workflow.item;

import cq.assist.workflow.application.ApplicationProcessSignals;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A joint item process (started on its own) ended: an application waiting for its joint items checks whether it can close. */
@Component("itemProcessEndedListener")
class ItemProcessEndedListener implements ExecutionListener {

    private final ApplicationProcessSignals signals;

    ItemProcessEndedListener(ApplicationProcessSignals signals) {
        this.signals = signals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(ItemProcess.VAR_STANDALONE))) {
            signals.itemEnded((String) execution.getVariable(ItemProcess.VAR_APPLICATION_ID));
        }
    }
}
