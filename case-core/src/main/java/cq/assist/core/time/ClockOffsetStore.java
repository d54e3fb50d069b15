package cq.assist.core.time;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the business clock's offset is shared between nodes. Both operations answer empty when the
 * store cannot be reached, so the clock falls back to its local offset.
 */
public interface ClockOffsetStore {

    /** A store that shares nothing: every clock keeps its own offset. */
    ClockOffsetStore LOCAL = new ClockOffsetStore() {
        @Override
        public Optional<Duration> read() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> add(Duration delta) {
            return Optional.empty();
        }
    };

    /** The shared offset, or empty when unavailable. */
    Optional<Duration> read();

    /** Adds {@code delta} to the shared offset atomically; answers the new offset, or empty when unavailable. */
    Optional<Duration> add(Duration delta);
}
