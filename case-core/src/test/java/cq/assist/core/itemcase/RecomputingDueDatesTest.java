package cq.assist.core.itemcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.itemcase.DueDateMapper.OpenStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** After a calendar change every open working-day step is due again from the day it began; the notice is left alone. */
class RecomputingDueDatesTest {

    private final DueDateMapper mapper = mock(DueDateMapper.class);
    private final WorkingDays workingDays = mock(WorkingDays.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private final RecomputingDueDates recomputing = new RecomputingDueDates(
            mapper, new ItemCaseSteps(mock(ItemCaseMapper.class), workingDays, CaseFixtures.clock()), transactions);

    @Test
    void movesOnlyTheStepsWhoseDueTimeChangedAndTellsTheCallerInTheSameTransaction() {
        Instant since = Instant.parse("2026-11-23T01:00:00Z");
        Instant oldDue = Instant.parse("2026-11-26T10:00:00Z");
        Instant newDue = Instant.parse("2026-11-27T10:00:00Z");
        when(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 23), 3)).thenReturn(LocalDate.of(2026, 11, 27));
        when(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 23), 2)).thenReturn(LocalDate.of(2026, 11, 25));
        when(mapper.selectOpenSteps(eq(""), anyInt()))
                .thenReturn(List.of(
                        new OpenStep("a", "HOME_VISIT", since, oldDue, "p-a"),
                        new OpenStep("b", "STREET_REVIEW", since, Instant.parse("2026-11-25T10:00:00Z"), "p-b"),
                        new OpenStep("c", "PUBLIC_NOTICE", since, oldDue, "p-c"),
                        new OpenStep("d", "NOT_A_STEP", since, oldDue, "p-d")));
        when(mapper.selectOpenSteps(eq("d"), anyInt())).thenReturn(List.of());
        doInTransaction();
        List<List<MovedDueDate>> told = new ArrayList<>();

        assertThat(recomputing.recompute(told::add)).isEqualTo(1);

        verify(mapper).updateDueAt(List.of(new OpenStep("a", "HOME_VISIT", since, newDue, "p-a")));
        assertThat(told).containsExactly(List.of(new MovedDueDate("a", "p-a", newDue)));
    }

    @Test
    void nothingOpenMovesNothing() {
        when(mapper.selectOpenSteps(any(), anyInt())).thenReturn(List.of());

        assertThat(recomputing.recompute(moves -> {
                    throw new AssertionError("nothing to tell");
                }))
                .isZero();
    }

    @SuppressWarnings("unchecked")
    private void doInTransaction() {
        org.mockito.Mockito.doAnswer(call -> {
                    ((java.util.function.Consumer<org.springframework.transaction.TransactionStatus>)
                                    call.getArgument(0))
                            .accept(null);
                    return null;
                })
                .when(transactions)
                .executeWithoutResult(any());
    }
}
