package cq.assist.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Login-name lock rows idle for a day are swept; the sweep starts and stops with the context. */
class LoginNameLockSweepTest {

    @Test
    void sweepsRowsIdleForADayAndRunsOnlyBetweenStartAndStop() {
        LoginNameLockMapper names = mock(LoginNameLockMapper.class);
        when(names.deleteIdleBefore(CaseFixtures.NOW.minus(Duration.ofDays(1)))).thenReturn(4);
        LoginNameLockSweep sweep = new LoginNameLockSweep(names, CaseFixtures.clock());

        assertThat(sweep.sweep()).isEqualTo(4);
        assertThat(sweep.isRunning()).isFalse();
        sweep.start();
        assertThat(sweep.isRunning()).isTrue();
        sweep.stop();
        assertThat(sweep.isRunning()).isFalse();
    }
}
