package cq.assist.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The business clock: system time plus an offset that only the demo profile's clock endpoint moves.
 * All business code reads time from here so that deadlines, expiries and timers move together.
 */
@Component
public class BusinessClock {

    /** Business time zone: China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public BusinessClock() {
        this(Clock.systemUTC());
    }

    public BusinessClock(Clock base) {
        this.base = base;
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

    /** Moves business time forward; the duration must not be negative. Returns the new time. */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the business clock only moves forward");
        }
        offset.accumulateAndGet(duration, Duration::plus);
        return now();
    }

    /** Converts an instant to the offset date-time residents and staff see (+08:00). */
    public static OffsetDateTime toOffset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.ofHours(8));
    }
}
