package cq.assist.core.casework;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.Regions;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of one region (or, for an administrator, the city): applications by status, cases by item and status, working days from submission to a
 * staff decision (median and 90th percentile), open cases per department and overdue cases. Every figure is
 * counted by the database; the percentiles are taken over a histogram built from one row per pair of days
 * (submission, decision), so the work does not grow with the number of cases (issue 8).
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
        // working days -> cases, from one row per pair of days (bounded), never one row per case
        TreeMap<Integer, Long> days = new TreeMap<>();
        for (CaseworkMapper.DecidedDays d : casework.selectDecidedDays(region, shiftToBusinessZone())) {
            days.merge(workingDays.workingDaysBetween(d.submittedOn(), d.decidedOn()), d.cases(), Long::sum);
        }
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
        TreeMap<Integer, Long> counts = new TreeMap<>();
        sorted.forEach(v -> counts.merge(v, 1L, Long::sum));
        return percentile(counts, p);
    }

    /** Nearest-rank percentile of a histogram (value to how many); null when it is empty. */
    static Integer percentile(TreeMap<Integer, Long> counts, int p) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * total));
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return counts.lastKey();
    }

    /**
     * Minutes to add to a stored time to read it in {@link BusinessClock#ZONE}: stored times are the database
     * session's local time ({@code connectionTimeZone=SERVER}), whose offset is read from the database now
     * (rounded to a quarter hour).
     */
    private int shiftToBusinessZone() {
        java.time.LocalDateTime databaseNow = casework.selectDatabaseLocalTime();
        java.time.Instant now = java.time.Instant.now();
        long databaseOffset = databaseNow == null
                ? 0
                : Math.round(java.time.Duration.between(
                                                java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC),
                                                databaseNow)
                                        .toSeconds()
                                / 900.0)
                        * 15;
        int businessOffset = BusinessClock.ZONE.getRules().getOffset(now).getTotalSeconds() / 60;
        return (int) (businessOffset - databaseOffset);
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
