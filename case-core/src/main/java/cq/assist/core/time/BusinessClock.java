package cq.assist.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The business clock: system time plus an offset that only the demo profile's clock endpoint moves.
 * All business code reads time from here so that deadlines, expiries and timers move together.
 *
 * <p>The offset is shared between nodes through a {@link ClockOffsetStore}: it is read when the clock
 * is built, refreshed in the background ({@link ClockOffsetRefresher}), and written atomically by
 * {@link #advance}. {@link #now()} never touches the store. The offset never moves backwards.
 */
@Component
public class BusinessClock {

    /** Business time zone: China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock base;
    private final ClockOffsetStore store;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** A clock on system time with a local offset only. */
    public BusinessClock() {
        this(Clock.systemUTC());
    }

    /** A clock on the given base with a local offset only (tests). */
    public BusinessClock(Clock base) {
        this(base, ClockOffsetStore.LOCAL);
    }

    /** A clock on system time whose offset is shared through {@code store}; reads it at once. */
    @Autowired
    public BusinessClock(ClockOffsetStore store) {
        this(Clock.systemUTC(), store);
    }

    /** A clock on the given base whose offset is shared through {@code store}; reads it at once. */
    public BusinessClock(Clock base, ClockOffsetStore store) {
        this.base = base;
        this.store = store;
        refresh();
    }

    public Instant now() {
        return base.instant().plus(offset.get());
    }

    public OffsetDateTime nowOffset() {
        return now().atZone(ZONE).toOffsetDateTime();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    /**
     * Moves business time forward on every node sharing the store (this one at once, the others at
     * their next refresh); the duration must not be negative. Returns the new time.
     */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the business clock only moves forward");
        }
        offset.accumulateAndGet(duration, Duration::plus);
        store.add(duration).ifPresent(this::catchUp);
        return now();
    }

    /** Reads the shared offset and applies it when it is ahead of the local one. */
    public void refresh() {
        store.read().ifPresent(this::catchUp);
    }

    /** The current offset from system time. */
    public Duration offset() {
        return offset.get();
    }

    private void catchUp(Duration shared) {
        offset.accumulateAndGet(shared, (local, other) -> other.compareTo(local) > 0 ? other : local);
    }

    /** Converts an instant to the offset date-time residents and staff see (+08:00). */
    public static OffsetDateTime toOffset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.ofHours(8));
    }
}
