package cq.assist.core.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cq.assist.core.common.DomainException;
import java.util.List;
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
        statistics.failedLines(null, null);
        statistics.failedLines("500103001", null);
        statistics.byItemAndRegion("500103");
        statistics.byItemAndRegion(null);

        verify(payments).selectTotalsByMonth("500103%", 24);
        verify(payments).selectTotalsByMonth(null, 24);
        verify(payments).selectFailedLines(null, 200);
        verify(payments).selectFailedLines("500103001%", 200);
        verify(payments).selectTotalsByItemAndRegion("500103%", 1000);
        verify(payments).selectTotalsByItemAndRegion(null, 1000);
    }

    @Test
    void failedLinesStayInTheCallersRegionComparedOnWholeCodes() {
        statistics.failedLines("500103001001", "500103");
        verify(payments).selectFailedLines("500103001001%", 200);

        statistics.failedLines("500104", "500103");
        statistics.failedLines(null, "500103");
        verify(payments, org.mockito.Mockito.times(2)).selectFailedLines("500103%", 200);

        assertThatThrownBy(() -> statistics.failedLines("5001%", "500103"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("regionCode"));
    }

    @Test
    void aShortOrOddRegionClaimSeesNoFailedLines() {
        for (String claim : List.of("5001", "50010", "-", "")) {
            assertThat(statistics.failedLines(null, claim))
                    .as("claim '%s'", claim)
                    .isEmpty();
            assertThat(statistics.failedLines("500103", claim))
                    .as("claim '%s'", claim)
                    .isEmpty();
        }
        verify(payments, never()).selectFailedLines(any(), anyInt());
    }
}
