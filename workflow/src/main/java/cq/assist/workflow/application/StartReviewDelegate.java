package cq.assist.workflow.application;

import cq.assist.core.fanout.StartingReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** IN_REVIEW: the ids of the cases a department handles become the multi-instance collection. */
@Component("startReviewDelegate")
class StartReviewDelegate implements JavaDelegate {

    private final StartingReview starting;

    StartReviewDelegate(StartingReview starting) {
        this.starting = starting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ApplicationProcess.VAR_APPLICATION_ID);
        execution.setVariable(ApplicationProcess.VAR_ITEM_CASE_IDS, starting.start(applicationId));
    }
}
