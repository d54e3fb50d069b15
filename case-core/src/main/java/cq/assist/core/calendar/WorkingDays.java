package cq.assist.core.calendar;

import cq.assist.core.reference.ReferenceCache;
import cq.assist.core.reference.ReferenceVersions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/** The seeded working-day calendar, loaded once and reloaded on demand after the calendar changes. */
@Service
public class WorkingDays implements ReferenceCache {

    private final CalendarDayMapper mapper;
    private final AtomicReference<WorkingCalendar> calendar = new AtomicReference<>();

    public WorkingDays(CalendarDayMapper mapper) {
        this.mapper = mapper;
    }

    public WorkingCalendar calendar() {
        WorkingCalendar current = calendar.get();
        return current != null ? current : reload();
    }

    /** Re-reads the calendar rows (after an administrator added a year). */
    public WorkingCalendar reload() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (CalendarDayMapper.CalendarDay day : mapper.selectAll()) {
            exceptions.put(day.calDate(), day.working());
        }
        WorkingCalendar loaded = new WorkingCalendar(exceptions);
        calendar.set(loaded);
        return loaded;
    }

    @Override
    public String referenceName() {
        return ReferenceVersions.CALENDAR;
    }

    @Override
    public void drop() {
        calendar.set(null);
    }

    public LocalDate plusWorkingDays(LocalDate start, int days) {
        return calendar().plusWorkingDays(start, days);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }
}
