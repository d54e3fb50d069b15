package cq.assist.core.publicnotice;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One running public notice: the item case under notice ({@code id}), the item, the applicant's name
 * already masked (张**), the number of household members, the amount in yuan per month (decided or
 * proposed; null for an item paying no cash) and the notice period ({@code until} = {@code from} + 7
 * calendar days, the timer of the dibaoCase process).
 */
public record PublicNotice(
        String id,
        String itemCode,
        String itemName,
        String householdName,
        int members,
        BigDecimal amount,
        Instant from,
        Instant until) {}
