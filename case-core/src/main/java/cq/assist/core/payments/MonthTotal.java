package cq.assist.core.payments;

import java.math.BigDecimal;

/**
 * What was put on rolls in one month (and paid, once the bank answered).
 *
 * @param month {@code yyyy-MM}
 * @param lines lines on rolls
 * @param total yuan on rolls
 * @param paidTotal yuan the bank reported paid
 * @param failed lines the bank could not pay
 */
public record MonthTotal(String month, long lines, BigDecimal total, BigDecimal paidTotal, long failed) {}
