package cq.assist.core.incident;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.Paging;
import cq.assist.core.intake.Timeline;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents of failed asynchronous steps (issue 7): recorded when a job has used up its retries, shown
 * to the resident as a delay on the application's timeline, listed for staff with the cause, and
 * retried on an administrator's request once the cause is fixed.
 */
@Service
public class CaseIncidents {

    /** Longest cause kept, in characters (the column is 500). */
    static final int MAX_CAUSE = 480;

    /** Most incidents one page holds. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(CaseIncidents.class);

    private final IncidentMapper incidents;
    private final DeadLetterJobs jobs;
    private final Timeline timeline;

    CaseIncidents(IncidentMapper incidents, DeadLetterJobs jobs, Timeline timeline) {
        this.incidents = incidents;
        this.jobs = jobs;
        this.timeline = timeline;
    }

    /**
     * Records that a job failed its last retry (joins the engine's transaction that dead-letters it).
     *
     * @param applicationId the application of the job's process, or null when it has none
     * @param cause the exception class and message of the last attempt
     */
    @Transactional
    public void recordDeadLetter(
            String applicationId, String jobId, String processInstanceId, String elementId, String cause) {
        String kept = cause == null ? "unknown" : cause.length() > MAX_CAUSE ? cause.substring(0, MAX_CAUSE) : cause;
        incidents.insert(new IncidentRow(
                null,
                applicationId,
                jobId,
                processInstanceId,
                elementId,
                kept,
                "OPEN",
                Clock.systemUTC().instant(),
                null,
                null));
        if (applicationId != null) {
            timeline.record(applicationId, "DELAYED", Timeline.Actor.SYSTEM, null);
        }
        log.warn("Incident: job {} of application {} at {} failed all retries", jobId, applicationId, elementId);
    }

    /**
     * Incidents of a status, newest first, one page.
     *
     * @param status OPEN or RETRIED
     * @param page from 0, at most {@value Paging#MAX_PAGE}
     * @param size 1 to {@value #MAX_PAGE_SIZE}
     * @throws DomainException VALIDATION naming {@code status}, {@code page} or {@code size}
     */
    @Transactional(readOnly = true)
    public List<IncidentRow> list(String status, int page, int size) {
        List<DomainException.FieldError> errors = new java.util.ArrayList<>();
        if (!"OPEN".equals(status) && !"RETRIED".equals(status)) {
            errors.add(new DomainException.FieldError("status", "incident.status.invalid"));
        }
        errors.addAll(Paging.problems(page, size, MAX_PAGE_SIZE));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return incidents.selectByStatus(status, size, new Paging(page, size).offset());
    }

    /** Whether the application has an OPEN incident (a step is stuck and staff were told). */
    @Transactional(readOnly = true)
    public boolean delayed(String applicationId) {
        return incidents.countOpen(applicationId) > 0;
    }

    /**
     * Retries the failed step: its job goes back to the executor with fresh retries; if it fails again a
     * new incident is recorded.
     *
     * @throws DomainException NOT_FOUND for an unknown incident, CONFLICT when it was retried already or its
     *     job is gone
     */
    @Transactional
    public IncidentRow retry(long incidentId, String staffUser) {
        IncidentRow row = incidents.selectById(incidentId);
        if (row == null) {
            throw DomainException.notFound("incident.not-found");
        }
        if (incidents.markRetried(incidentId, staffUser, Clock.systemUTC().instant()) != 1
                || !jobs.retry(row.jobId())) {
            throw new DomainException(cq.assist.core.common.ProblemKind.CONFLICT, "incident.notOpen");
        }
        if (row.applicationId() != null) {
            timeline.record(row.applicationId(), "RETRIED", Timeline.Actor.SYSTEM, null);
        }
        return incidents.selectById(incidentId);
    }
}
