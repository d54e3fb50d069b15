package cq.assist.workflow.calendar;

import cq.assist.core.calendar.CalendarEntry;
import cq.assist.core.calendar.CalendarYear;
import cq.assist.core.calendar.ReplacingCalendarYear;
import cq.assist.core.itemcase.MovedDueDate;
import cq.assist.core.itemcase.RecomputingDueDates;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The administrator's calendar use case: replaces a year of the working-day calendar, then recomputes
 * the due time of every open task from the new calendar, on the case and on the workflow task alike.
 */
@Service
public class CalendarYears {

    private final ReplacingCalendarYear replacing;
    private final RecomputingDueDates recomputing;
    private final TaskDueDateMapper taskDueDates;

    CalendarYears(ReplacingCalendarYear replacing, RecomputingDueDates recomputing, TaskDueDateMapper taskDueDates) {
        this.replacing = replacing;
        this.recomputing = recomputing;
        this.taskDueDates = taskDueDates;
    }

    /** The exceptions of a year (see {@link ReplacingCalendarYear#read}). */
    public CalendarYear read(int year) {
        return replacing.read(year);
    }

    /**
     * Stores the year as published by {@code by} (no longer provisional) and recomputes due dates;
     * {@code tasksRecomputed} counts the open tasks whose due time moved.
     *
     * @throws cq.assist.core.common.DomainException VALIDATION naming the bad field
     */
    public CalendarYear replace(int year, List<CalendarEntry> entries, String by) {
        CalendarYear stored = replacing.replace(year, entries, by);
        int moved = recomputing.recompute(this::moveTasks);
        return new CalendarYear(stored.year(), stored.days(), stored.workingDays(), moved, stored.provisional());
    }

    private void moveTasks(List<MovedDueDate> steps) {
        List<MovedDueDate> withProcess =
                steps.stream().filter(s -> s.processInstanceId() != null).toList();
        if (!withProcess.isEmpty()) {
            taskDueDates.updateDueDates(withProcess);
        }
    }
}
