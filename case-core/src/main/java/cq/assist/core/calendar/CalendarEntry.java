package cq.assist.core.calendar;

/**
 * One day of a calendar year as an administrator sends it.
 *
 * @param date ISO date ({@code 2027-10-01}) inside the year being replaced
 * @param workingDay true: offices work that day (a make-up weekend day); false: a holiday
 * @param name the holiday's name (e.g. 国庆节); optional, at most 64 characters
 */
public record CalendarEntry(String date, Boolean workingDay, String name) {}
