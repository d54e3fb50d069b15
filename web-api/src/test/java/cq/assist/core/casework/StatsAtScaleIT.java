package cq.assist.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.pii.PiiCipher;
import cq.assist.webapi.WebApiApplication;
import cq.assist.webapi.pii.ApplicationRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /stats} stays bounded (issue 8): the percentiles of working days to decision are taken over one row per
 * pair of days read from the database, not one row per decided case (before, every decided case of the region
 * was loaded into memory). 3,000 cases on two pairs of days are two rows, and the median and 90th percentile are
 * those of the cases.
 */
@SpringBootTest(classes = WebApiApplication.class)
class StatsAtScaleIT {

    @Autowired
    CaseworkMapper casework;

    @Autowired
    ApplicationStats stats;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Test
    void thePercentilesComeFromOneRowPerPairOfDays() {
        String district = "57" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        String community = district + "001001";
        ApplicationRows.Filed filed = new ApplicationRows(jdbc, cipher).inCommunity(community);
        // submitted Monday 2026-03-02 10:00 in Chongqing; decided Thursday 10:00 (3 working days) or two weeks
        // later, Monday 2026-03-16 10:00 (10 working days)
        Instant submitted = Instant.parse("2026-03-02T02:00:00Z");
        jdbc.update(
                "UPDATE application SET submitted_at = ? WHERE id = ?",
                Timestamp.from(submitted),
                filed.applicationId());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Instant decided = i < 2_600 ? Instant.parse("2026-03-05T02:00:00Z") : Instant.parse("2026-03-16T02:00:00Z");
            rows.add(new Object[] {
                UUID.randomUUID().toString(),
                filed.applicationId(),
                "HOUSING@" + district,
                community,
                Timestamp.from(decided),
                Timestamp.from(submitted)
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, reasons, household_key, decided_at, decided_by, create_by, create_time)"
                        + " VALUES (?, ?, 'HOUSING', 'APPLY', 'ASSESSMENT', ?, ?, 'GRANTED', '[]', 'hh-it', ?, 'it',"
                        + " 'it', ?)",
                rows);

        List<CaseworkMapper.DecidedDays> projection = casework.selectDecidedDays(district, 480 - serverOffsetMinutes());
        long start = System.nanoTime();
        ApplicationStats.Stats figures = stats.forCaller(
                new StaffScope(
                        "it-stats",
                        java.util.Set.of("DISTRICT_APPROVER"),
                        "CIVIL_AFFAIRS@" + district,
                        "CIVIL_AFFAIRS",
                        district),
                district);
        System.out.printf(
                "stats of a district with 3,000 decided cases: %d ms, %d rows read for the percentiles%n",
                (System.nanoTime() - start) / 1_000_000, projection.size());

        assertThat(projection).hasSize(2);
        assertThat(projection)
                .extracting(CaseworkMapper.DecidedDays::submittedOn)
                .containsOnly(LocalDate.parse("2026-03-02"));
        assertThat(projection.stream()
                        .mapToLong(CaseworkMapper.DecidedDays::cases)
                        .sum())
                .isEqualTo(3_000);
        // 2,600 of 3,000 at the lower figure: the median is it, the 90th percentile (rank 2,700) the higher
        assertThat(figures.medianWorkingDaysToDecision()).isLessThan(figures.p90WorkingDaysToDecision());
        assertThat(figures.p90WorkingDaysToDecision() - figures.medianWorkingDaysToDecision())
                .isBetween(6, 8);
    }

    private int serverOffsetMinutes() {
        java.time.LocalDateTime local = casework.selectDatabaseLocalTime();
        return (int) Math.round(java.time.Duration.between(
                                        java.time.LocalDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC),
                                        local)
                                .toSeconds()
                        / 900.0)
                * 15;
    }
}
