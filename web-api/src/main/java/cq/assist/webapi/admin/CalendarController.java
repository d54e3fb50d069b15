package cq.assist.webapi.admin;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.calendar.CalendarEntry;
import cq.assist.core.calendar.CalendarYear;
import cq.assist.web.security.Caller;
import cq.assist.workflow.calendar.CalendarYears;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators: {@code GET /api/v1/admin/calendar/{year}} reads a year of the working-day calendar (the
 * days that differ from Monday to Friday, and the year's working-day count); {@code PUT} with
 * {@code [{date, workingDay, name?}]} replaces it, and the due dates of open tasks are recomputed
 * ({@code tasksRecomputed} counts those that moved) and the year is published ({@code provisional} false: the
 * seeds' 2027 is provisional until then). A bad day is a 400 problem naming {@code [i].date}.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class CalendarController {

    private final CalendarYears years;
    private final AuditRecorder audit;

    CalendarController(CalendarYears years, AuditRecorder audit) {
        this.years = years;
        this.audit = audit;
    }

    @GetMapping("/api/v1/admin/calendar/{year}")
    CalendarResponse read(@PathVariable int year) {
        return CalendarResponse.of(years.read(year));
    }

    @PutMapping("/api/v1/admin/calendar/{year}")
    CalendarResponse replace(Caller caller, @PathVariable int year, @RequestBody List<CalendarEntry> days) {
        CalendarYear replaced = years.replace(year, days, caller.subject());
        audit.record(new AuditEntry(
                caller.subject(),
                "ADMIN",
                AuditActions.CALENDAR_CHANGE,
                "WORK_CALENDAR",
                Integer.toString(year),
                days.size() + " exception days; " + replaced.tasksRecomputed() + " open tasks' due times moved",
                null));
        return CalendarResponse.of(replaced);
    }

    /**
     * A year: its exceptions, working-day count, (after a PUT) the open tasks whose due time moved, and whether it
     * is still provisional (derived ahead of the official notice; a PUT publishes it).
     */
    record CalendarResponse(int year, int workingDays, List<Day> days, int tasksRecomputed, boolean provisional) {

        static CalendarResponse of(CalendarYear y) {
            return new CalendarResponse(
                    y.year(),
                    y.workingDays(),
                    y.days().stream()
                            .map(d -> new Day(d.date(), d.workingDay(), d.name()))
                            .toList(),
                    y.tasksRecomputed(),
                    y.provisional());
        }
    }

    /** One day that differs from the Monday-to-Friday rule. */
    record Day(LocalDate date, boolean workingDay, String name) {}
}
