package cq.assist.webapi.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import cq.assist.core.casework.ApplicationStats;
import cq.assist.core.payments.MonthTotal;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/stats}: the dashboard's figures (unchanged fields at the top level) plus payments per
 * month ({@code paymentsByMonth}: {@code [{month, lines, total, paidTotal, failed}]}, yuan strings, newest
 * first) and the open monitoring alerts by kind ({@code openAlerts}), both for the caller's region.
 */
record StatsResponse(
        @JsonUnwrapped ApplicationStats.Stats stats, List<MonthFigures> paymentsByMonth, Map<String, Long> openAlerts) {

    static StatsResponse of(ApplicationStats.Stats stats, List<MonthTotal> months, Map<String, Long> openAlerts) {
        return new StatsResponse(stats, months.stream().map(MonthFigures::of).toList(), openAlerts);
    }

    /** One month of payments. */
    record MonthFigures(String month, long lines, String total, String paidTotal, long failed) {

        static MonthFigures of(MonthTotal m) {
            return new MonthFigures(
                    m.month(),
                    m.lines(),
                    m.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    m.paidTotal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    m.failed());
        }
    }
}
