package cq.assist.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.calendar.CalendarDayMapper.CalendarDay;
import cq.assist.core.common.DomainException;
import cq.assist.core.reference.ReferenceVersions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Replacing a year of the working-day calendar: what is stored, what is refused, who is told. */
class ReplacingCalendarYearTest {

    private final CalendarDayMapper mapper = mock(CalendarDayMapper.class);
    private final ReferenceVersions versions = mock(ReferenceVersions.class);
    private final ReplacingCalendarYear replacing = new ReplacingCalendarYear(mapper, versions);

    @Test
    void storesEveryDayOfTheYearWithDefaultNamesPublishesItAndTellsTheOtherNodes() {
        CalendarYear year = replacing.replace(
                2026,
                List.of(
                        new CalendarEntry("2026-01-01", false, "元旦"),
                        new CalendarEntry("2026-01-04", true, null),
                        new CalendarEntry("2026-10-02", false, " ")),
                "7");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<CalendarDay>> stored = ArgumentCaptor.forClass(List.class);
        verify(mapper).deleteBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        verify(mapper).insertAll(stored.capture());
        verify(versions).changed(ReferenceVersions.CALENDAR);
        assertThat(stored.getValue()).hasSize(365);
        assertThat(stored.getValue())
                .contains(
                        new CalendarDay(LocalDate.of(2026, 1, 1), false, "元旦"),
                        new CalendarDay(LocalDate.of(2026, 1, 2), true, "工作日"),
                        new CalendarDay(LocalDate.of(2026, 1, 3), false, "周末"),
                        new CalendarDay(LocalDate.of(2026, 1, 4), true, "调休上班"),
                        new CalendarDay(LocalDate.of(2026, 10, 2), false, "休息日"));
        assertThat(year.days())
                .as("only the days that differ from Monday-Friday")
                .extracting(CalendarYear.Day::date)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4), LocalDate.of(2026, 10, 2));
        assertThat(year.workingDays()).isEqualTo(261 - 2 + 1);
        verify(mapper).insertYearStatus(2026, false, "7");
        assertThat(year.provisional())
                .as("an administrator's calendar is the published one")
                .isFalse();
    }

    @Test
    void refusesDatesOutsideTheYearTwiceOrMalformedAndStoresNothing() {
        assertThatThrownBy(() -> replacing.replace(
                        2026,
                        List.of(
                                new CalendarEntry("2027-01-01", false, "元旦"),
                                new CalendarEntry("2026-05-01", false, "劳动节"),
                                new CalendarEntry("2026-05-01", false, "劳动节"),
                                new CalendarEntry("May 2", false, null),
                                new CalendarEntry("2026-05-03", null, null)),
                        "7"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field, DomainException.FieldError::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("[0].date", "calendar.date.otherYear"),
                                org.assertj.core.groups.Tuple.tuple("[2].date", "calendar.date.twice"),
                                org.assertj.core.groups.Tuple.tuple("[3].date", "calendar.date.invalid"),
                                org.assertj.core.groups.Tuple.tuple("[4].workingDay", "calendar.workingDay.required")));
        verify(mapper, never()).insertAll(any());
        verify(mapper, never()).deleteBetween(any(), any());
        verify(mapper, never())
                .insertYearStatus(
                        org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.anyBoolean(), any());
    }

    @Test
    void refusesAYearOutsideTheEditableRange() {
        assertThatThrownBy(() -> replacing.read(1999))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("year"));
    }

    @Test
    void readsTheStoredExceptionsAndCountsWorkingDays() {
        when(mapper.selectBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .thenReturn(List.of(new CalendarDay(LocalDate.of(2026, 1, 1), false, "元旦")));

        CalendarYear year = replacing.read(2026);

        assertThat(year.days()).containsExactly(new CalendarYear.Day(LocalDate.of(2026, 1, 1), false, "元旦"));
        assertThat(year.workingDays()).isEqualTo(261 - 1);
        assertThat(year.provisional())
                .as("a year without a status row is published")
                .isFalse();
    }

    @Test
    void aYearMarkedProvisionalReadsSo() {
        when(mapper.selectProvisional(2027)).thenReturn(true);

        assertThat(replacing.read(2027).provisional()).isTrue();
    }
}
