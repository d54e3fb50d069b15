package cq.assist.core.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Reads the holiday calendar exceptions. */
@Mapper
interface CalendarDayMapper {

    List<CalendarDay> selectAll();

    /** One exception row: a holiday ({@code working=false}) or a make-up working day. */
    record CalendarDay(LocalDate calDate, boolean working, String name) {}
}
