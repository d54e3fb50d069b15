package cq.assist.core.fanout;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.StatusChange;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CHECKING becomes IN_REVIEW once, and only pending applied-for cases without a process go to a department. */
class StartingReviewTest {

    private final Applications applications = mock(Applications.class);
    private final ItemCases cases = mock(ItemCases.class);
    private final Timeline timeline = mock(Timeline.class);
    private final StartingReview starting = new StartingReview(applications, cases, timeline, CaseFixtures.clock());

    @Test
    void movesTheApplicationIntoReviewAndListsTheCasesADepartmentMustStart() {
        ItemCaseRow pending = CaseFixtures.itemCase("c1", "app-1", "DIBAO", "PENDING", null);
        ItemCaseRow granted = CaseFixtures.itemCase("c2", "app-1", "MEDICAL_PREMIUM", "GRANTED", null);
        ItemCaseRow waiting = CaseFixtures.waitingForBase("c3", "app-1", "LEGAL_AID");
        when(cases.ofApplication("app-1")).thenReturn(List.of(pending, granted, waiting));
        when(applications.changeStatus(any())).thenReturn(1);

        assertThat(starting.start("app-1")).containsExactly("c1");

        verify(applications).changeStatus(new StatusChange("app-1", "CHECKING", "IN_REVIEW", null, NOW, "system"));
        verify(timeline).record("app-1", "IN_REVIEW", Timeline.Actor.SYSTEM, null);
    }

    @Test
    void aSecondStartTellsTheTimelineNothingAndACaseWithAProcessIsNotStartedAgain() {
        ItemCaseRow started = CaseFixtures.itemCase("c1", "app-1", "DIBAO", "PENDING", null);
        ItemCaseRow withProcess = new ItemCaseRow(
                started.id(),
                started.applicationId(),
                started.itemCode(),
                started.kind(),
                started.origin(),
                started.departmentCode(),
                started.regionCode(),
                started.status(),
                null,
                started.reasons(),
                null,
                null,
                null,
                null,
                "proc-1",
                started.householdKey(),
                started.activeKey(),
                started.createBy(),
                started.createTime(),
                null);
        when(cases.ofApplication("app-1")).thenReturn(List.of(withProcess));
        when(applications.changeStatus(any())).thenReturn(0);

        assertThat(starting.start("app-1")).isEmpty();

        verifyNoInteractions(timeline);
    }
}
