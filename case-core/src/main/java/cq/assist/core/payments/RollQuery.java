package cq.assist.core.payments;

/** Which rolls to list: month ({@code yyyy-MM}) and district, each optional; one page. */
record RollQuery(String month, String regionPrefix, long offset, int limit) {}
