package cq.assist.core.payments;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.Regions;
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

    /**
     * Lines the bank could not pay, newest first, at most 200, in the caller's region: {@code regionCode} (a
     * district, street or community code) when it lies within {@code scopeRegion} (whole codes, {@link
     * Regions#covers}), else the caller's region itself; an administrator ({@code scopeRegion} null) any
     * region, or everywhere without one. A malformed region claim sees nothing.
     *
     * @throws DomainException VALIDATION naming {@code regionCode} when it is not a region code
     */
    @Transactional(readOnly = true)
    public List<PaymentLine> failedLines(String regionCode, String scopeRegion) {
        String asked = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (asked != null && !asked.matches("\\d{6}(\\d{3}){0,2}")) {
            throw DomainException.invalid(List.of(new FieldError("regionCode", "payments.region.code")));
        }
        if (scopeRegion == null) {
            return payments.selectFailedLines(prefix(asked), FAILED_MAX);
        }
        if (!Regions.isOfficeRegion(scopeRegion)) {
            return List.of();
        }
        String region = asked != null && Regions.covers(scopeRegion, asked) ? asked : scopeRegion;
        return payments.selectFailedLines(prefix(region), FAILED_MAX);
    }

    private static String prefix(String region) {
        return region == null || "500000".equals(region) ? null : region + "%";
    }
}
