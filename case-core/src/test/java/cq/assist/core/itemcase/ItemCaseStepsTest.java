package cq.assist.core.itemcase;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.common.DomainException;
import cq.assist.core.fixtures.CaseFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A case entering a step: who works on it, by the end of which office day, and the 7-day public notice. */
class ItemCaseStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final ItemCaseMapper cases = mock(ItemCaseMapper.class);
    private final WorkingDays workingDays = mock(WorkingDays.class);
    private final ItemCaseSteps steps = new ItemCaseSteps(cases, workingDays, CaseFixtures.clock());

    @BeforeEach
    void aCaseAndACalendar() {
        when(cases.selectById("case-1")).thenReturn(CaseFixtures.itemCase("case-1", "app-1", "DIBAO", "PENDING", null));
        when(workingDays.plusWorkingDays(TODAY, 3)).thenReturn(LocalDate.of(2026, 12, 3));
        when(workingDays.plusWorkingDays(TODAY, 2)).thenReturn(LocalDate.of(2026, 12, 2));
    }

    @Test
    void theHomeVisitGoesToTheCommunityDueAtSixInTheEveningThreeWorkingDaysOn() {
        ItemCaseSteps.StepEntry entry = steps.enter("case-1", Step.HOME_VISIT, "proc-1");

        Instant due = Instant.parse("2026-12-03T10:00:00Z");
        assertThat(entry).isEqualTo(new ItemCaseSteps.StepEntry("community:500103", due));
        verify(cases)
                .updateStep(new StepChange(
                        "case-1", "HOME_VISIT", "IN_REVIEW", due, "proc-1", NOW, "system", "community:500103"));
    }

    @Test
    void theDistrictDecisionGoesToTheDistrictsCivilAffairs() {
        ItemCaseSteps.StepEntry entry = steps.enter("case-1", Step.DISTRICT_DECISION, "proc-1");

        assertThat(entry.candidateGroup()).isEqualTo("dept:CIVIL_AFFAIRS@500103");
        assertThat(entry.dueAt()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
    }

    @Test
    void thePublicNoticeLastsSevenCalendarDaysAndHoldsNoTaskGroup() {
        ItemCaseSteps.StepEntry entry = steps.enter("case-1", Step.PUBLIC_NOTICE, "proc-1");

        assertThat(entry.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        verify(cases)
                .updateStep(new StepChange(
                        "case-1",
                        "PUBLIC_NOTICE",
                        "PUBLIC_NOTICE",
                        NOW.plus(Duration.ofDays(7)),
                        "proc-1",
                        NOW,
                        "system",
                        null));
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> steps.enter("nope", Step.HOME_VISIT, "proc-1")).isInstanceOf(DomainException.class);
    }
}
