package cq.assist.webapi.casework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import cq.assist.core.casework.ApplicationStats;
import cq.assist.core.payments.ItemRegionTotal;
import cq.assist.core.payments.MonthTotal;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/stats}: the dashboard's figures (unchanged fields at the top level) plus payments per
 * month ({@code paymentsByMonth}: {@code [{month, lines, total, paidTotal, failed}]}, yuan strings, newest
 * first), payments per month, item and district ({@code paymentsByItemAndRegion}: {@code [{month, itemCode,
 * regionCode, lines, total, paidTotal, failed}]}, newest month first) and the open monitoring alerts by kind
 * ({@code openAlerts}), all for the caller's region.
 */
record StatsResponse(
        @JsonUnwrapped ApplicationStats.Stats stats,
        List<MonthFigures> paymentsByMonth,
        List<ItemRegionFigures> paymentsByItemAndRegion,
        Map<String, Long> openAlerts) {

    static StatsResponse of(
            ApplicationStats.Stats stats,
            List<MonthTotal> months,
            List<ItemRegionTotal> itemsAndRegions,
            Map<String, Long> openAlerts) {
        return new StatsResponse(
                stats,
                months.stream().map(MonthFigures::of).toList(),
                itemsAndRegions.stream().map(ItemRegionFigures::of).toList(),
                openAlerts);
    }

    private static String yuan(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** One item of one district in one month; amounts are yuan strings with two decimals. */
    record ItemRegionFigures(
            String month, String itemCode, String regionCode, long lines, String total, String paidTotal, long failed) {

        static ItemRegionFigures of(ItemRegionTotal t) {
            return new ItemRegionFigures(
                    t.month(),
                    t.itemCode(),
                    t.regionCode(),
                    t.lines(),
                    yuan(t.total()),
                    yuan(t.paidTotal()),
                    t.failed());
        }
    }

    /** One month of payments. */
    record MonthFigures(String month, long lines, String total, String paidTotal, long failed) {

        static MonthFigures of(MonthTotal m) {
            return new MonthFigures(m.month(), m.lines(), yuan(m.total()), yuan(m.paidTotal()), m.failed());
        }
    }
}
