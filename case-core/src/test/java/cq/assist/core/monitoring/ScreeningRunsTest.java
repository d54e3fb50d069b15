package cq.assist.core.monitoring;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.parameters.PolicyParameterCatalog;
import java.time.LocalDate;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starting re-screenings: each trigger records a RUNNING run with its region, date and reason at once, and the
 * work starts only after the caller's transaction commits; a run that cannot take the lease ends FAILED.
 */
class ScreeningRunsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final MonitoringRunMapper runs = mock(MonitoringRunMapper.class);
    private final ScreeningLease lease = mock(ScreeningLease.class);

    @SuppressWarnings("unchecked")
    private final ObjectProvider<AlertOutcomes> outcomes = mock(ObjectProvider.class);

    private final ScreeningRuns screening = new ScreeningRuns(
            runs,
            mock(PolicyParameterCatalog.class),
            mock(MonitoredFacts.class),
            mock(DataSource.class),
            CaseFixtures.clock(),
            lease,
            outcomes,
            1,
            6);

    @AfterEach
    void stop() throws InterruptedException {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        screening.destroy();
    }

    private RunRow recorded() {
        ArgumentCaptor<RunRow> row = ArgumentCaptor.forClass(RunRow.class);
        verify(runs).insert(row.capture(), any());
        return row.getValue();
    }

    @Test
    void theScheduledRunCoversTheCityWithTodaysParametersAndWaitsForTheCommit() {
        TransactionSynchronizationManager.initSynchronization();

        String id = screening.startScheduled();

        RunRow run = recorded();
        assertThat(run.id()).isEqualTo(id);
        assertThat(run.trigger()).isEqualTo("SCHEDULE");
        assertThat(run.regionCode()).isEqualTo(ScreeningRuns.CITY);
        assertThat(run.screenDate()).isEqualTo(TODAY);
        assertThat(run.status()).isEqualTo("RUNNING");
        assertThat(run.startedAt()).isEqualTo(NOW);
        assertThat(run.createBy()).isEqualTo("system");
        assertThat(TransactionSynchronizationManager.getSynchronizations()).hasSize(1);
        verifyNoInteractions(lease);
    }

    @Test
    void aParameterRunUsesTheEffectiveDateOrTodayWhicheverIsLater() {
        TransactionSynchronizationManager.initSynchronization();

        screening.startForParameter("dibao.standard", "500103", LocalDate.of(2027, 1, 1), "admin");
        screening.startForParameter("dibao.standard", "500103", LocalDate.of(2026, 7, 1), "admin");

        ArgumentCaptor<RunRow> rows = ArgumentCaptor.forClass(RunRow.class);
        verify(runs, org.mockito.Mockito.times(2)).insert(rows.capture(), any());
        assertThat(rows.getAllValues()).extracting(RunRow::screenDate).containsExactly(LocalDate.of(2027, 1, 1), TODAY);
        assertThat(rows.getAllValues().get(0).reason()).isEqualTo("dibao.standard@500103 from 2027-01-01");
        assertThat(rows.getAllValues()).allSatisfy(r -> {
            assertThat(r.trigger()).isEqualTo("PARAMETER");
            assertThat(r.regionCode()).isEqualTo("500103");
            assertThat(r.createBy()).isEqualTo("admin");
        });
    }

    @Test
    void aDataChangeRunNamesHowManyHouseholdsChanged() {
        TransactionSynchronizationManager.initSynchronization();

        screening.startForDataChange(Set.of("H1", "H2"));

        RunRow run = recorded();
        assertThat(run.trigger()).isEqualTo("DATA_CHANGE");
        assertThat(run.reason()).isEqualTo("data feed change of 2 household(s)");
    }

    @Test
    void aRunThatCannotTakeTheLeaseEndsFailedAfterTheCommit() {
        TransactionSynchronizationManager.initSynchronization();
        when(lease.acquire(anyString())).thenThrow(new IllegalStateException("no database"));
        String id = screening.startScheduled();

        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            synchronization.afterCommit();
        }

        verify(runs, timeout(10_000)).finish(id, ScreeningLease.NODE, "FAILED", "lease unavailable", NOW);
    }

    @Test
    void anUnknownRunIsNotFound() {
        assertThatThrownBy(() -> screening.run("nope"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        assertThatThrownBy(() -> screening.run(null)).isInstanceOf(DomainException.class);
        when(runs.selectById("r1")).thenReturn(mock(RunRow.class));
        assertThat(screening.run("r1")).isNotNull();
        verify(runs, org.mockito.Mockito.never()).insert(any(), any());
    }

    @Test
    void recentRunsPageWithoutWrappingTheOffsetAndNameBadPagingParameters() {
        screening.recent(100_000, 100);
        verify(runs).selectRecent(10_000_000L, 100);

        for (int[] bad : new int[][] {{Integer.MAX_VALUE, 20}, {-1, 20}, {0, 0}, {0, Integer.MAX_VALUE}}) {
            assertThatThrownBy(() -> screening.recent(bad[0], bad[1]))
                    .as("page %d size %d", bad[0], bad[1])
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly(bad[1] == 20 ? "page" : "size"));
        }
        verify(runs, org.mockito.Mockito.times(1)).selectRecent(org.mockito.ArgumentMatchers.anyLong(), anyInt());
    }

    @Test
    void eachRunRecordsWhatATakeOverNeedsAndItsCoverageIsBuiltBackFromTheRow() {
        TransactionSynchronizationManager.initSynchronization();

        screening.startScheduled();
        screening.startForDataChange(Set.of("H2", "H1"));

        ArgumentCaptor<RunPlan> plans = ArgumentCaptor.forClass(RunPlan.class);
        verify(runs, org.mockito.Mockito.times(2)).insert(any(), plans.capture());
        RunPlan scheduled = plans.getAllValues().get(0);
        assertThat(scheduled.owner()).isEqualTo(ScreeningLease.NODE);
        assertThat(scheduled.heartbeatAt()).isNotNull();
        assertThat(scheduled.dueBy()).isEqualTo(TODAY);
        assertThat(scheduled.nextReviewOn()).isEqualTo(TODAY.plusMonths(6));
        assertThat(scheduled.householdKeys()).isNull();
        assertThat(plans.getAllValues().get(1).householdKeys()).isEqualTo("H1,H2");

        assertThat(screening.specOf(
                        new StaleRun("r1", "DATA_CHANGE", "500000", TODAY, NOW, null, null, "H1,H2", "n", 1)))
                .isEqualTo(new ScreeningSpec("r1", "500000", TODAY, null, null, NOW, Set.of("H1", "H2")));
        assertThat(screening.specOf(new StaleRun("r2", "DATA_CHANGE", "500000", TODAY, NOW, null, null, null, "n", 1)))
                .as("a data-change run recorded without its households cannot say what it covers")
                .isNull();
        assertThat(screening.specOf(new StaleRun("r3", "SCHEDULE", "500000", TODAY, NOW, null, null, null, null, 1)))
                .as("a scheduled run recorded before V113: due by its date, next review six months on")
                .isEqualTo(new ScreeningSpec("r3", "500000", TODAY, TODAY, TODAY.plusMonths(6), NOW));
        LocalDate next = TODAY.plusMonths(3);
        assertThat(screening.specOf(new StaleRun("r4", "SCHEDULE", "500000", TODAY, NOW, TODAY, next, null, "n", 2)))
                .isEqualTo(new ScreeningSpec("r4", "500000", TODAY, TODAY, next, NOW));
        assertThat(screening.specOf(new StaleRun("r5", "PARAMETER", "500103", TODAY, NOW, null, null, null, "n", 1)))
                .isEqualTo(new ScreeningSpec("r5", "500103", TODAY, null, null, NOW));
    }

    @Test
    void theHeartbeatCoversEveryRunningRunOfThisNode() {
        when(runs.heartbeat(org.mockito.ArgumentMatchers.eq(ScreeningLease.NODE), any()))
                .thenReturn(2);

        assertThat(screening.heartbeat()).isEqualTo(2);
    }
}
