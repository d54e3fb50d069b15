package cq.assist.workflow.item;

import cq.assist.core.itemcase.ItemCaseSteps;
import cq.assist.core.itemcase.Step;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The public notice starts: the case's status becomes PUBLIC_NOTICE until the timer or an objection. */
@Component("publicNoticeListener")
class PublicNoticeListener implements ExecutionListener {

    private final ItemCaseSteps steps;

    PublicNoticeListener(ItemCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        steps.enter(
                (String) execution.getVariable(ItemProcess.VAR_CASE_ID),
                Step.PUBLIC_NOTICE,
                execution.getProcessInstanceId());
    }
}
