package cq.assist.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    private final RateWindow fivePerTenMinutes = new RateWindow(5, Duration.ofMinutes(10));
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private List<Instant> minutesAgo(int... minutes) {
        return java.util.Arrays.stream(minutes)
                .mapToObj(m -> now.minusSeconds(60L * m))
                .toList();
    }

    @Test
    void allowsUpToTheLimit() {
        assertThat(fivePerTenMinutes.retryAfter(minutesAgo(9, 8, 7, 6), now)).isEmpty();
    }

    @Test
    void refusesAtTheLimitUntilTheOldestLeavesTheWindow() {
        assertThat(fivePerTenMinutes.retryAfter(minutesAgo(9, 8, 7, 6, 1), now)).hasValue(60);
    }

    @Test
    void waitsForEnoughEventsToLeaveWhenOverTheLimit() {
        assertThat(fivePerTenMinutes.retryAfter(minutesAgo(9, 8, 7, 6, 5, 1), now))
                .hasValue(120);
    }

    @Test
    void roundsUpAndNeverAnswersZero() {
        List<Instant> recent = List.of(now.minusSeconds(599).minusMillis(500), now, now, now, now);
        assertThat(fivePerTenMinutes.retryAfter(recent, now)).hasValue(1);
        assertThat(fivePerTenMinutes.since(now)).isEqualTo(now.minus(Duration.ofMinutes(10)));
    }
}
