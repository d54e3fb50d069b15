package cq.assist.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.calendar.CalendarDayMapper.CalendarDay;
import cq.assist.core.testdb.MariaDb;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CalendarDayMapper} on MariaDB: a year's days written in one statement and replaced by range. */
class CalendarDayMapperIT {

    private static final LocalDate NEW_YEAR = LocalDate.of(2098, 1, 1);

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private SqlSession session;
    private CalendarDayMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(CalendarDayMapper.class);
        mapper = session.getMapper(CalendarDayMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        jdbc.update("DELETE FROM work_calendar_day WHERE YEAR(cal_date) = 2098");
        jdbc.update("DELETE FROM work_calendar_year WHERE cal_year = 2098");
    }

    @Test
    void theSeeds2027IsProvisionalAYearWithoutARowIsNotAndAPublishedYearIsRecorded() {
        assertThat(mapper.selectProvisional(2027))
                .as("V110 marks 2027 provisional")
                .isTrue();
        assertThat(mapper.selectProvisional(2098)).isNull();

        mapper.insertYearStatus(2098, true, "seed");
        assertThat(mapper.selectProvisional(2098)).isTrue();
        mapper.deleteYearStatus(2098);
        mapper.insertYearStatus(2098, false, "7");

        assertThat(mapper.selectProvisional(2098)).isFalse();
        assertThat(jdbc.queryForObject("SELECT update_by FROM work_calendar_year WHERE cal_year = 2098", String.class))
                .isEqualTo("7");
    }

    @Test
    void insertsDaysInOneStatementWithTheirChineseNames() {
        mapper.insertAll(
                List.of(new CalendarDay(NEW_YEAR, false, "元旦"), new CalendarDay(NEW_YEAR.plusDays(3), true, "调休上班")));

        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(cal_date, ' ', working, ' ', name) FROM work_calendar_day"
                                + " WHERE YEAR(cal_date) = 2098 ORDER BY cal_date",
                        String.class))
                .containsExactly("2098-01-01 0 元旦", "2098-01-04 1 调休上班");
        assertThat(mapper.selectBetween(NEW_YEAR, NEW_YEAR.plusDays(1)))
                .containsExactly(new CalendarDay(NEW_YEAR, false, "元旦"));
    }

    @Test
    void deletesOnlyTheDaysInTheRangeBothEndsIncluded() {
        mapper.insertAll(List.of(
                new CalendarDay(NEW_YEAR, false, "元旦"),
                new CalendarDay(NEW_YEAR.plusDays(1), false, "休息日"),
                new CalendarDay(NEW_YEAR.plusDays(2), true, "调休上班")));

        assertThat(mapper.deleteBetween(NEW_YEAR, NEW_YEAR.plusDays(1))).isEqualTo(2);

        assertThat(jdbc.queryForList(
                        "SELECT cal_date FROM work_calendar_day WHERE YEAR(cal_date) = 2098", LocalDate.class))
                .containsExactly(NEW_YEAR.plusDays(2));
    }
}
