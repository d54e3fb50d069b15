package cq.assist.core.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads and replaces the holiday calendar exceptions ({@code work_calendar_day}) and whether a year is still
 * provisional ({@code work_calendar_year}).
 */
@Mapper
interface CalendarDayMapper {

    List<CalendarDay> selectAll();

    /** The exceptions from {@code from} to {@code to}, both included, by date. */
    List<CalendarDay> selectBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Deletes the exceptions from {@code from} to {@code to}, both included. */
    int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Inserts exceptions in one statement; the list must not be empty. */
    void insertAll(@Param("days") List<CalendarDay> days);

    /** Whether the year is provisional ({@code work_calendar_year}); null when it has no row (published). */
    Boolean selectProvisional(@Param("year") int year);

    /** Forgets the year's status row. */
    int deleteYearStatus(@Param("year") int year);

    /** Records the year's status, set by {@code by} now. */
    int insertYearStatus(@Param("year") int year, @Param("provisional") boolean provisional, @Param("by") String by);

    /** One exception row: a holiday ({@code working=false}) or a make-up working day. */
    record CalendarDay(LocalDate calDate, boolean working, String name) {}
}
