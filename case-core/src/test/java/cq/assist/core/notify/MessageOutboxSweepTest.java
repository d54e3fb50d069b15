package cq.assist.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sweep sends what is older than the grace period, a batch at a time. */
class MessageOutboxSweepTest {

    @Test
    void sendsTheUnsentOlderThanTheGracePeriod() {
        ApplicantMessages messages = mock(ApplicantMessages.class);
        when(messages.sendUnsent(CaseFixtures.NOW.minus(Duration.ofMinutes(1)), 200))
                .thenReturn(3);
        MessageOutboxSweep sweep = new MessageOutboxSweep(
                messages, CaseFixtures.clock(), Duration.ofSeconds(30), Duration.ofMinutes(1), 200);

        assertThat(sweep.sweep()).isEqualTo(3);
        sweep.runRound();

        verify(messages, org.mockito.Mockito.times(2)).sendUnsent(CaseFixtures.NOW.minus(Duration.ofMinutes(1)), 200);
    }
}
