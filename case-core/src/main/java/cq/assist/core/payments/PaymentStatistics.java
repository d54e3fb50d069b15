package cq.assist.core.payments;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments for the dashboard and the district's follow-up of failed lines, by region. */
@Service
public class PaymentStatistics {

    private static final int MONTHS = 24;
    private static final int FAILED_MAX = 200;
    /** 21 items in, say, 24 districts for a few months: enough for the dashboard, bounded for the city. */
    private static final int ITEM_REGION_ROWS = 1000;

    private final PaymentMapper payments;

    PaymentStatistics(PaymentMapper payments) {
        this.payments = payments;
    }

    /** Lines, total and paid total per month (newest first, at most 24) in the region (null: everywhere). */
    @Transactional(readOnly = true)
    public List<MonthTotal> byMonth(String regionCode) {
        return payments.selectTotalsByMonth(prefix(regionCode), MONTHS);
    }

    /**
     * Lines, total and paid total per month, item and district in the region (null: everywhere), newest month
     * first, at most 1,000 rows (issue 9: "totals per item and region show in /stats").
     */
    @Transactional(readOnly = true)
    public List<ItemRegionTotal> byItemAndRegion(String regionCode) {
        return payments.selectTotalsByItemAndRegion(prefix(regionCode), ITEM_REGION_ROWS);
    }

    /** Lines the bank could not pay in the region (null: everywhere), newest first, at most 200. */
    @Transactional(readOnly = true)
    public List<PaymentLine> failedLines(String regionCode) {
        return payments.selectFailedLines(prefix(regionCode), FAILED_MAX);
    }

    private static String prefix(String region) {
        return region == null || "500000".equals(region) ? null : region + "%";
    }
}
