package cq.assist.core.payments;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;

/**
 * Payment figures of a region: 24 months back, at most 200 failed lines, at most 1,000 item and district rows;
 * the city means everywhere.
 */
class PaymentStatisticsTest {

    private final PaymentMapper payments = mock(PaymentMapper.class);
    private final PaymentStatistics statistics = new PaymentStatistics(payments);

    @Test
    void aRegionIsAPrefixAndTheCityOrNoRegionIsEverywhere() {
        statistics.byMonth("500103");
        statistics.byMonth("500000");
        statistics.failedLines(null);
        statistics.failedLines("500103001");
        statistics.byItemAndRegion("500103");
        statistics.byItemAndRegion(null);

        verify(payments).selectTotalsByMonth("500103%", 24);
        verify(payments).selectTotalsByMonth(null, 24);
        verify(payments).selectFailedLines(null, 200);
        verify(payments).selectFailedLines("500103001%", 200);
        verify(payments).selectTotalsByItemAndRegion("500103%", 1000);
        verify(payments).selectTotalsByItemAndRegion(null, 1000);
    }
}
