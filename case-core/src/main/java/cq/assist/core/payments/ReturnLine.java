package cq.assist.core.payments;

/**
 * One row of the bank's return file as read: the line id, PAID or FAILED, and the bank's reason, all as
 * text (checked by {@link ReconcilingReturns}).
 */
public record ReturnLine(String lineId, String status, String reason) {}
