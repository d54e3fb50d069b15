package cq.assist.core.calendar;

import cq.assist.core.calendar.CalendarDayMapper.CalendarDay;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.reference.ReferenceVersions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and replaces one year of the working-day calendar (the national holiday calendar, published
 * by the State Council each year). The days sent replace every exception of that year; every other day
 * follows the Monday-to-Friday rule. A replaced year is stored day by day (all 365 or 366 rows), so the
 * seed loader's {@code INSERT IGNORE} of the seeded holidays never brings back a day an administrator
 * changed. Every node reloads its calendar within
 * {@code assist.reference.refresh-interval}; this node after the commit.
 */
@Service
public class ReplacingCalendarYear {

    /** Earliest and latest year an administrator may edit. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;
    private static final int NAME_MAX = 64;

    private final CalendarDayMapper mapper;
    private final ReferenceVersions versions;

    ReplacingCalendarYear(CalendarDayMapper mapper, ReferenceVersions versions) {
        this.mapper = mapper;
        this.versions = versions;
    }

    /** The exceptions of {@code year}, its working-day count and whether it is still provisional. */
    @Transactional(readOnly = true)
    public CalendarYear read(int year) {
        checkYear(year);
        return yearOf(
                year,
                mapper.selectBetween(first(year), last(year)),
                Boolean.TRUE.equals(mapper.selectProvisional(year)));
    }

    /**
     * Replaces the exceptions of {@code year} by {@code entries} and publishes the year (it is no longer
     * provisional): an administrator enters the calendar of the State Council's notice.
     *
     * @param by the administrator (recorded with the year's status)
     * @return the stored year (its {@code tasksRecomputed} is 0: the caller recomputes due dates after the commit)
     * @throws DomainException VALIDATION naming {@code year} or {@code [i].date}, {@code [i].workingDay},
     *     {@code [i].name}: a date outside the year, twice, or not a date
     */
    @Transactional
    public CalendarYear replace(int year, List<CalendarEntry> entries, String by) {
        checkYear(year);
        List<FieldError> errors = new ArrayList<>();
        Map<LocalDate, CalendarDay> sent = new HashMap<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CalendarDay day = dayOf(year, i, entries.get(i), seen, errors);
            if (day != null) {
                sent.put(day.calDate(), day);
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        List<CalendarDay> wholeYear = new ArrayList<>(366);
        for (LocalDate d = first(year); !d.isAfter(last(year)); d = d.plusDays(1)) {
            CalendarDay day = sent.get(d);
            wholeYear.add(
                    day != null
                            ? day
                            : new CalendarDay(
                                    d,
                                    weekday(d),
                                    CoreTexts.zh(weekday(d) ? "calendar.day.workday" : "calendar.day.weekend")));
        }
        mapper.deleteBetween(first(year), last(year));
        mapper.insertAll(wholeYear);
        mapper.deleteYearStatus(year);
        mapper.insertYearStatus(year, false, by);
        versions.changed(ReferenceVersions.CALENDAR);
        return yearOf(year, wholeYear, false);
    }

    private static CalendarDay dayOf(
            int year, int i, CalendarEntry entry, Set<LocalDate> seen, List<FieldError> errors) {
        String at = "[" + i + "]";
        if (entry == null) {
            errors.add(new FieldError(at, "calendar.day.required"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(entry.date() == null ? "" : entry.date().strip());
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError(at + ".date", "calendar.date.invalid"));
            return null;
        }
        if (date.getYear() != year) {
            errors.add(new FieldError(at + ".date", "calendar.date.otherYear", year));
        } else if (!seen.add(date)) {
            errors.add(new FieldError(at + ".date", "calendar.date.twice"));
        }
        if (entry.workingDay() == null) {
            errors.add(new FieldError(at + ".workingDay", "calendar.workingDay.required"));
            return null;
        }
        String name = entry.name() == null || entry.name().isBlank()
                ? null
                : entry.name().strip();
        if (name != null && name.length() > NAME_MAX) {
            errors.add(new FieldError(at + ".name", "calendar.name.tooLong", NAME_MAX));
        }
        if (name == null) {
            name = CoreTexts.zh(entry.workingDay() ? "calendar.day.swappedWorkday" : "calendar.day.holiday");
        }
        return new CalendarDay(date, entry.workingDay(), name);
    }

    private CalendarYear yearOf(int year, List<CalendarDay> days, boolean provisional) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        List<CalendarYear.Day> out = new ArrayList<>(days.size());
        for (CalendarDay d : days) {
            if (d.working() != weekday(d.calDate())) {
                exceptions.put(d.calDate(), d.working());
                out.add(new CalendarYear.Day(d.calDate(), d.working(), d.name()));
            }
        }
        WorkingCalendar calendar = new WorkingCalendar(exceptions);
        int count = calendar.workingDaysBetween(first(year).minusDays(1), last(year));
        return new CalendarYear(year, out, count, 0, provisional);
    }

    private static boolean weekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid(
                    List.of(new FieldError("year", "calendar.year.invalid", FIRST_YEAR, LAST_YEAR)));
        }
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
