package cq.assist.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicRoundTest {

    /** Fails its first two rounds, then counts down on each later one. */
    static final class FlakyRound extends PeriodicRound {
        final AtomicInteger rounds = new AtomicInteger();
        final CountDownLatch laterRounds = new CountDownLatch(2);
        volatile String threadName;

        FlakyRound() {
            super("flaky-round", Duration.ZERO, Duration.ofMillis(5));
        }

        @Override
        protected void runRound() {
            threadName = Thread.currentThread().getName();
            if (rounds.incrementAndGet() <= 2) {
                throw new IllegalStateException("database away");
            }
            laterRounds.countDown();
        }
    }

    @Test
    void aRoundThatThrowsDoesNotStopTheRoundsAfterIt() throws InterruptedException {
        FlakyRound round = new FlakyRound();
        round.start();
        try {
            assertThat(round.laterRounds.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(round.rounds.get()).isGreaterThanOrEqualTo(4);
            assertThat(round.threadName).isEqualTo("flaky-round");
            assertThat(round.isRunning()).isTrue();
        } finally {
            round.stop();
        }
        assertThat(round.isRunning()).isFalse();
    }

    @Test
    void startingTwiceKeepsOneThreadAndStopThenStartRunsAgain() throws InterruptedException {
        FlakyRound round = new FlakyRound();
        round.start();
        round.start();
        round.stop();
        assertThat(round.isRunning()).isFalse();
        round.stop(); // a second stop is harmless
        round.start();
        try {
            assertThat(round.laterRounds.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            round.stop();
        }
    }

    @Test
    void anIntervalMustBePositive() {
        assertThatThrownBy(() -> new PeriodicRound("zero", Duration.ZERO, Duration.ZERO) {
                    @Override
                    protected void runRound() {}
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero");
        assertThatThrownBy(() -> new PeriodicRound("late", Duration.ofSeconds(-1), Duration.ofSeconds(1)) {
                    @Override
                    protected void runRound() {}
                })
                .isInstanceOf(IllegalArgumentException.class);
    }
}
