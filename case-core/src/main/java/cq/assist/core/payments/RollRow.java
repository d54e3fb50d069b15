package cq.assist.core.payments;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payment roll.
 *
 * @param month the month paid, {@code yyyy-MM}
 * @param regionCode the district
 * @param status BUILT, or RECONCILED once every line is PAID or FAILED
 * @param lines how many lines it has
 * @param total the sum of its lines, yuan
 */
public record RollRow(
        String id,
        String month,
        String regionCode,
        String status,
        int lines,
        BigDecimal total,
        int paid,
        int failed,
        String createBy,
        Instant createTime,
        Instant updateTime) {}
