package cq.assist.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private final Clock fixed = Clock.fixed(T0, ZoneOffset.UTC);

    @Test
    void readsTheSharedOffsetWhenBuilt() {
        SharedOffset store = new SharedOffset(Duration.ofDays(3));

        assertThat(new BusinessClock(fixed, store).now()).isEqualTo(T0.plus(Duration.ofDays(3)));
    }

    @Test
    void anAdvanceReachesTheOtherClockAtItsNextRefresh() {
        SharedOffset store = new SharedOffset(Duration.ZERO);
        BusinessClock one = new BusinessClock(fixed, store);
        BusinessClock other = new BusinessClock(fixed, store);

        one.advance(Duration.ofDays(2));
        assertThat(other.now()).isEqualTo(T0);
        other.refresh();

        assertThat(other.now()).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(one.now()).isEqualTo(other.now());
    }

    @Test
    void fallsBackToTheLocalOffsetWhenTheStoreIsUnavailable() {
        BusinessClock clock = new BusinessClock(fixed, ClockOffsetStore.LOCAL);

        clock.advance(Duration.ofHours(5));
        clock.refresh();

        assertThat(clock.now()).isEqualTo(T0.plus(Duration.ofHours(5)));
    }

    @Test
    void neverMovesBackwardsWhenTheSharedOffsetIsBehind() {
        SharedOffset store = new SharedOffset(Duration.ZERO);
        BusinessClock clock = new BusinessClock(fixed, store);
        store.available = false;
        clock.advance(Duration.ofHours(5));
        store.available = true;

        clock.refresh();

        assertThat(clock.now()).isEqualTo(T0.plus(Duration.ofHours(5)));
    }

    @Test
    void refusesToMoveBackwards() {
        BusinessClock clock = new BusinessClock(fixed);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** An in-memory shared offset standing in for the {@code business_clock} row. */
    private static final class SharedOffset implements ClockOffsetStore {
        private Duration offset;
        private boolean available = true;

        SharedOffset(Duration offset) {
            this.offset = offset;
        }

        @Override
        public synchronized Optional<Duration> read() {
            return available ? Optional.of(offset) : Optional.empty();
        }

        @Override
        public synchronized Optional<Duration> add(Duration delta) {
            if (!available) {
                return Optional.empty();
            }
            offset = offset.plus(delta);
            return Optional.of(offset);
        }
    }
}
