package cq.assist.workflow.incident;

import cq.assist.core.incident.DeadLetterJobs;
import org.flowable.engine.ManagementService;
import org.springframework.stereotype.Component;

/** Retries a dead-lettered Flowable job with fresh retries. */
@Component
class FlowableDeadLetterJobs implements DeadLetterJobs {

    /** Retries a retried job gets, as many as a new one (Flowable's default). */
    static final int RETRIES = 3;

    private final ManagementService management;

    FlowableDeadLetterJobs(ManagementService management) {
        this.management = management;
    }

    @Override
    public boolean retry(String jobId) {
        if (management.createDeadLetterJobQuery().jobId(jobId).count() == 0) {
            return false;
        }
        management.moveDeadLetterJobToExecutableJob(jobId, RETRIES);
        return true;
    }
}
