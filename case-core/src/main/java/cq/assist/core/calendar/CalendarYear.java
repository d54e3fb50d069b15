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
 * @param provisional true while the year is derived ahead of the State Council's notice and not yet published
 *     by an administrator (issue 8: the seeds' 2027); due dates in it may still move
 */
public record CalendarYear(int year, List<Day> days, int workingDays, int tasksRecomputed, boolean provisional) {

    /** One exception: a holiday or a make-up working day. */
    public record Day(LocalDate date, boolean workingDay, String name) {}
}
