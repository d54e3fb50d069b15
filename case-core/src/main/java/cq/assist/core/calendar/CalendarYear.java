package cq.assist.core.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A year of the working-day calendar: the days that differ from the Monday-to-Friday rule.
 *
 * @param year the year
 * @param days the exceptions, by date
 * @param workingDays how many working days the year has under this calendar
 * @param tasksRecomputed open tasks whose due time moved when this calendar was stored (0 on a read)
 */
public record CalendarYear(int year, List<Day> days, int workingDays, int tasksRecomputed) {

    /** One exception: a holiday or a make-up working day. */
    public record Day(LocalDate date, boolean workingDay, String name) {}
}
