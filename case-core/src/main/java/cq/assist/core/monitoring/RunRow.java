package cq.assist.core.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One {@code monitoring_run} row.
 *
 * @param trigger PARAMETER, SCHEDULE or DATA_CHANGE
 * @param regionCode households whose community code starts with it ({@code 500000}: all)
 * @param reason what started it (no personal data)
 * @param status RUNNING, DONE or FAILED
 */
public record RunRow(
        String id,
        String trigger,
        String regionCode,
        String reason,
        LocalDate screenDate,
        String status,
        long households,
        long changed,
        long alerts,
        String error,
        Instant startedAt,
        Instant finishedAt,
        String createBy) {}
