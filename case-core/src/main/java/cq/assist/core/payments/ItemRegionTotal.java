package cq.assist.core.payments;

import java.math.BigDecimal;

/**
 * What was put on rolls for one item in one district in one month (and paid, once the bank answered): the
 * dashboard's "totals per item and region" (issue 9).
 *
 * @param month {@code yyyy-MM}
 * @param itemCode the item paid (e.g. {@code DIBAO})
 * @param regionCode the district whose roll carried the lines (6 digits)
 * @param lines lines on rolls
 * @param total yuan on rolls
 * @param paidTotal yuan the bank reported paid
 * @param failed lines the bank could not pay
 */
public record ItemRegionTotal(
        String month,
        String itemCode,
        String regionCode,
        long lines,
        BigDecimal total,
        BigDecimal paidTotal,
        long failed) {}
