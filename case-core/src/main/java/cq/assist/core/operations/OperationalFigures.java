package cq.assist.core.operations;

import cq.assist.core.time.BusinessClock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures an operator watches, as counts straight from the tables (so every node reports the same):
 * applications by status, open and overdue department tasks per department, monitoring runs by status.
 * Each call is a few grouped counts over indexed columns; callers poll them (the metrics refresh every
 * {@code assist.metrics.refresh}, 30 s), not per request.
 */
@Service
public class OperationalFigures {

    private final OperationsMapper figures;
    private final BusinessClock clock;

    OperationalFigures(OperationsMapper figures, BusinessClock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** Applications per status (AWAITING_AUTHORIZATION, CHECKING, IN_REVIEW, CLOSED, WITHDRAWN, EXPIRED). */
    @Transactional(readOnly = true)
    public List<Count> applicationsByStatus() {
        return figures.countApplicationsByStatus();
    }

    /**
     * Open department tasks (item cases with an open user task) per department code ({@code KIND@district}),
     * and how many of them are past their due time by the business clock (working-day SLA).
     */
    @Transactional(readOnly = true)
    public List<DepartmentTasks> openTasksByDepartment() {
        return figures.countOpenTasksByDepartment(clock.now());
    }

    /**
     * Monitoring runs per status (RUNNING, DONE, FAILED), read from {@code monitoring_run} (V86); a failing
     * read fails the metrics refresh like the other figures', it is not taken for "no runs".
     */
    public List<Count> monitoringRunsByStatus() {
        return figures.countMonitoringRunsByStatus();
    }

    /** A count under one key (a status). */
    public record Count(String key, long count) {}

    /** Open and overdue tasks of one department. */
    public record DepartmentTasks(String department, long open, long overdue) {}
}
