package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The cluster-wide screening lease: taken and renewed for the configured time on the wall clock, released by its holder. */
class ScreeningLeaseTest {

    private static final Instant WALL = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void takesRenewsAndReleasesForItsHolder() {
        MonitoringRunMapper runs = mock(MonitoringRunMapper.class);
        ScreeningLease lease = new ScreeningLease(runs, Duration.ofSeconds(60), Clock.fixed(WALL, ZoneOffset.UTC));
        when(runs.acquireLease("node/run-1", WALL, WALL.plusSeconds(60))).thenReturn(1);
        when(runs.renewLease("node/run-1", WALL.plusSeconds(60))).thenReturn(1, 0);

        assertThat(lease.acquire("node/run-1")).isTrue();
        assertThat(lease.acquire("node/run-2")).isFalse();
        assertThat(lease.renew("node/run-1")).isTrue();
        assertThat(lease.renew("node/run-1")).as("lost meanwhile").isFalse();
        lease.release("node/run-1");

        verify(runs).releaseLease("node/run-1");
    }
}
