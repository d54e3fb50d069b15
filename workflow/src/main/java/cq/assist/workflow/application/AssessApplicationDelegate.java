package cq.assist.workflow.application;

import cq.assist.core.fanout.AssessingApplication;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Async: economic check and assessment, stored as item cases (idempotent: a retry writes nothing). */
@Component("assessApplicationDelegate")
class AssessApplicationDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AssessApplicationDelegate.class);

    private final AssessingApplication assessing;

    AssessApplicationDelegate(AssessingApplication assessing) {
        this.assessing = assessing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ApplicationProcess.VAR_APPLICATION_ID);
        assessing.assess(applicationId);
        LOG.info("Application {} checked and assessed", applicationId);
    }
}
