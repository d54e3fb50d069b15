package cq.assist.core.monitoring;

/**
 * One item an alert is about.
 *
 * @param itemCode the item, e.g. {@code DIBAO}
 * @param oldAmount yuan: the granted amount (or the rules' earlier amount), null when none
 * @param newAmount yuan: the rules' amount now, null when none
 */
public record AlertItem(String itemCode, String oldAmount, String newAmount) {}
