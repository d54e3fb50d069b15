package cq.assist.core.itemcase;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cq.assist.core.fixtures.CaseFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A rejected follow-up review ends the household's grant of that item at the end of the month. */
class EndingGrantsTest {

    private final GrantEndingMapper grants = mock(GrantEndingMapper.class);
    private final EndingGrants ending = new EndingGrants(grants, CaseFixtures.clock());

    @Test
    void aRejectedMonitoringReviewEndsTheGrantAtMonthEndAndReleasesTheKey() {
        ItemCaseRow review = CaseFixtures.itemCase("c1", "app-1", "DIBAO", "REJECTED", null);
        ItemCaseRow monitoring = new ItemCaseRow(
                review.id(),
                review.applicationId(),
                review.itemCode(),
                review.kind(),
                "MONITORING",
                review.departmentCode(),
                review.regionCode(),
                review.status(),
                null,
                review.reasons(),
                null,
                null,
                null,
                null,
                null,
                review.householdKey(),
                review.activeKey(),
                review.createBy(),
                review.createTime(),
                null);

        ending.afterRejection(monitoring);

        verify(grants).updateEnd("H1", "DIBAO", LocalDate.of(2026, 11, 30));
        verify(grants).updateReleaseEndedKeys("H1", "DIBAO");
    }

    @Test
    void aRejectedFirstApplicationEndsNothing() {
        ending.afterRejection(CaseFixtures.itemCase("c1", "app-1", "DIBAO", "REJECTED", null));

        verify(grants, never()).updateEnd(anyString(), anyString(), any());
    }
}
