package cq.assist.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    // National Day 2026: Oct 1-7 off, Sat Oct 10 a make-up working day (fixture, not the seed file).
    private final WorkingCalendar calendar = new WorkingCalendar(Map.of(
            LocalDate.of(2026, 10, 1), false,
            LocalDate.of(2026, 10, 2), false,
            LocalDate.of(2026, 10, 5), false,
            LocalDate.of(2026, 10, 6), false,
            LocalDate.of(2026, 10, 7), false,
            LocalDate.of(2026, 10, 10), true));

    @Test
    void weekdaysWorkWeekendsDoNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
    }

    @Test
    void holidaysAndMakeUpDaysOverrideTheWeek() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void oneWorkingDayAfterFridayIsMonday() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void tenWorkingDaysSpanTheNationalDayHoliday() {
        // From Tue Sep 29: Sep 30, Oct 8, 9, 10 (make-up Sat), 12, 13, 14, 15, 16, 19.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 29), 10)).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 19)))
                .isEqualTo(10);
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeIsRefused() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(calendar.plusWorkingDays(day, 0)).isEqualTo(day);
        assertThat(calendar.workingDaysBetween(day, day.minusDays(3))).isZero();
        assertThatThrownBy(() -> calendar.plusWorkingDays(day, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
