package cq.assist.core.payments;

import java.time.LocalDate;
import java.util.List;

/**
 * The grants paying in a month in a district: monthly items granted from {@code monthEnd} or earlier and not
 * ended before {@code monthStart}; one-off items starting within the month.
 */
record GrantQuery(
        String regionPrefix, LocalDate monthStart, LocalDate monthEnd, List<String> monthly, List<String> once) {}
