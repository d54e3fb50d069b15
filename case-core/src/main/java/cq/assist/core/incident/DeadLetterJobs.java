package cq.assist.core.incident;

/**
 * The workflow's dead-letter queue as case-core sees it (implemented by the workflow module, so
 * case-core stays free of Flowable).
 */
public interface DeadLetterJobs {

    /**
     * Moves a dead-lettered job back to the executable jobs with fresh retries.
     *
     * @return false when no dead-lettered job has this id (already retried, or gone with its process)
     */
    boolean retry(String jobId);
}
