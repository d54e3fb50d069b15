package cq.assist.core.casework;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.common.DomainException;
import cq.assist.core.itemcase.Regions;
import cq.assist.core.time.BusinessClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of one region (or, for an administrator, the city): applications by status, cases by item and status, working days from submission to a
 * staff decision (median and 90th percentile), open cases per department and overdue cases.
 */
@Service
public class ApplicationStats {

    private final CaseworkMapper casework;
    private final WorkingDays workingDays;
    private final BusinessClock clock;

    public ApplicationStats(CaseworkMapper casework, WorkingDays workingDays, BusinessClock clock) {
        this.casework = casework;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The figures now, for every region (kept for callers inside the system, e.g. tests and reports). */
    @Transactional(readOnly = true)
    public Stats now() {
        return of(null);
    }

    /**
     * The figures of the caller's region (issue 8, security review L6): an administrator any region
     * ({@code regionCode} null: the whole city); anyone else its own district or street, or a street
     * within its district. {@code regionCode} defaults to the caller's region.
     *
     * @throws DomainException NOT_FOUND when the region lies outside the caller's scope or is malformed
     */
    @Transactional(readOnly = true)
    public Stats forCaller(StaffScope scope, String regionCode) {
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (scope.admin()) {
            if (region != null && !Regions.isOfficeRegion(region)) {
                throw DomainException.notFound("casework.stats.region");
            }
            return of(region);
        }
        String own = scope.region();
        if (!Regions.isOfficeRegion(own)) {
            throw DomainException.notFound("casework.stats.region");
        }
        if (region == null) {
            return of(own);
        }
        boolean within = Regions.isOfficeRegion(region)
                && (region.equals(own)
                        || (own.length() == 6
                                && region.length() == 9
                                && Regions.district(region).equals(own)));
        if (!within) {
            throw DomainException.notFound("casework.stats.region");
        }
        return of(region);
    }

    private Stats of(String region) {
        Map<String, Long> byStatus = new TreeMap<>();
        casework.selectApplicationsByStatus(region).forEach(c -> byStatus.put(c.name(), c.total()));
        Map<String, Map<String, Long>> byItem = new TreeMap<>();
        casework.selectCasesByItemAndStatus(region)
                .forEach(c -> byItem.computeIfAbsent(c.itemCode(), k -> new TreeMap<>())
                        .put(c.status(), c.total()));
        Map<String, Long> backlog = new TreeMap<>();
        casework.selectBacklogByDepartment(region).forEach(c -> backlog.put(c.name(), c.total()));
        List<Integer> days = new ArrayList<>();
        for (CaseworkMapper.Decided d : casework.selectDecided(region)) {
            LocalDate from = LocalDate.ofInstant(d.submittedAt(), BusinessClock.ZONE);
            LocalDate to = LocalDate.ofInstant(d.decidedAt(), BusinessClock.ZONE);
            days.add(workingDays.workingDaysBetween(from, to));
        }
        Collections.sort(days);
        return new Stats(
                byStatus,
                byItem,
                percentile(days, 50),
                percentile(days, 90),
                backlog,
                casework.countOverdue(clock.now(), region),
                region);
    }

    /** Nearest-rank percentile of sorted values; null when there are none. */
    static Integer percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The dashboard figures. */
    public record Stats(
            Map<String, Long> applicationsByStatus,
            Map<String, Map<String, Long>> casesByItemAndStatus,
            Integer medianWorkingDaysToDecision,
            Integer p90WorkingDaysToDecision,
            Map<String, Long> backlogByDepartment,
            int overdueTasks,
            String regionCode) {}
}
