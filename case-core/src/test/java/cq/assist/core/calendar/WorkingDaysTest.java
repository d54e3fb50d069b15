package cq.assist.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working days from the seeded calendar: loaded once, loaded again after the calendar changed. */
class WorkingDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    private final CalendarDayMapper mapper = mock(CalendarDayMapper.class);
    private final WorkingDays days = new WorkingDays(mapper);

    @Test
    void countsOverTheWeekendAndAHolidayFromTheTable() {
        when(mapper.selectAll())
                .thenReturn(List.of(new CalendarDayMapper.CalendarDay(LocalDate.of(2026, 12, 7), false, "假")));

        assertThat(days.plusWorkingDays(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(days.workingDaysBetween(FRIDAY, LocalDate.of(2026, 12, 9))).isEqualTo(2);
        verify(mapper, times(1)).selectAll();
    }

    @Test
    void aDroppedCalendarIsReadAgain() {
        when(mapper.selectAll())
                .thenReturn(List.of())
                .thenReturn(List.of(new CalendarDayMapper.CalendarDay(LocalDate.of(2026, 12, 7), false, "假")));

        assertThat(days.plusWorkingDays(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        days.drop();
        assertThat(days.plusWorkingDays(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(days.referenceName()).isEqualTo(cq.assist.core.reference.ReferenceVersions.CALENDAR);
    }
}
