package cq.assist.core.time;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each round re-reads the business clock's offset that an administrator may have moved on another node. */
class ClockOffsetRefresherTest {

    @Test
    void aRoundRefreshesTheBusinessClock() {
        BusinessClock clock = mock(BusinessClock.class);

        new ClockOffsetRefresher(clock, Duration.ofSeconds(1)).runRound();

        verify(clock).refresh();
    }
}
