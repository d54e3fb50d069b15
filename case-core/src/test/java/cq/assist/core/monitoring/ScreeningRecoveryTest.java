package cq.assist.core.monitoring;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * The sweep of dead nodes' runs: a stale run is claimed with the staleness bound and executed again only when the
 * claim wins; a run started too often, or one whose row cannot say what it covers, ends FAILED instead; a round
 * beats this node's heartbeats before it sweeps.
 */
class ScreeningRecoveryTest {

    private static final Instant WALL = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant STALE_BEFORE = WALL.minus(Duration.ofMinutes(2));
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private final MonitoringRunMapper mapper = mock(MonitoringRunMapper.class);
    private final ScreeningRuns screening = mock(ScreeningRuns.class);
    private final ScreeningRecovery recovery = new ScreeningRecovery(
            mapper,
            screening,
            CaseFixtures.clock(),
            Clock.fixed(WALL, ZoneOffset.UTC),
            Duration.ofSeconds(20),
            Duration.ofMinutes(2),
            3);

    private static StaleRun stale(String id, int attempts) {
        return new StaleRun(id, "PARAMETER", "500103", DAY, NOW, null, null, null, "dead:1", attempts);
    }

    @Test
    void aStaleRunIsExecutedAgainOnlyByTheNodeWhoseClaimWins() {
        StaleRun won = stale("r1", 1);
        StaleRun lost = stale("r2", 1);
        ScreeningSpec spec = new ScreeningSpec("r1", "500103", DAY, null, null, NOW);
        when(mapper.selectStale(STALE_BEFORE, ScreeningRecovery.BATCH)).thenReturn(List.of(won, lost));
        when(screening.specOf(won)).thenReturn(spec);
        when(screening.specOf(lost)).thenReturn(new ScreeningSpec("r2", "500103", DAY, null, null, NOW));
        when(mapper.claim("r1", ScreeningLease.NODE, WALL, STALE_BEFORE)).thenReturn(1);
        when(mapper.claim("r2", ScreeningLease.NODE, WALL, STALE_BEFORE)).thenReturn(0);

        assertThat(recovery.sweep()).isEqualTo(1);

        verify(screening).resume(spec);
        verify(screening, never()).resume(eq(new ScreeningSpec("r2", "500103", DAY, null, null, NOW)));
        verify(mapper, never()).abandon(anyString(), any(), anyString(), any());
    }

    @Test
    void aRunStartedTooOftenOrNotResumableEndsFailedWithoutAClaim() {
        StaleRun tooOften = stale("r1", 3);
        StaleRun unknown = new StaleRun("r2", "DATA_CHANGE", "500000", DAY, NOW, null, null, null, null, 1);
        when(mapper.selectStale(STALE_BEFORE, ScreeningRecovery.BATCH)).thenReturn(List.of(tooOften, unknown));
        when(screening.specOf(tooOften)).thenReturn(new ScreeningSpec("r1", "500103", DAY, null, null, NOW));
        when(mapper.abandon(anyString(), eq(STALE_BEFORE), anyString(), eq(NOW)))
                .thenReturn(1);

        assertThat(recovery.sweep()).isZero();

        verify(mapper).abandon("r1", STALE_BEFORE, "node lost 3 times", NOW);
        verify(mapper).abandon("r2", STALE_BEFORE, "node lost; run not resumable", NOW);
        verify(mapper, never()).claim(anyString(), anyString(), any(), any());
        verify(screening, never()).resume(any());
    }

    @Test
    void aRoundBeatsThisNodesHeartbeatsBeforeItSweeps() {
        when(mapper.selectStale(any(), eq(ScreeningRecovery.BATCH))).thenReturn(List.of());

        recovery.runRound();

        InOrder order = inOrder(screening, mapper);
        order.verify(screening).heartbeat();
        order.verify(mapper).selectStale(STALE_BEFORE, ScreeningRecovery.BATCH);
    }

    @Test
    void theStalenessMustOutlastTheHeartbeatInterval() {
        assertThatThrownBy(() -> new ScreeningRecovery(
                        mapper,
                        screening,
                        CaseFixtures.clock(),
                        Clock.systemUTC(),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(2),
                        3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
