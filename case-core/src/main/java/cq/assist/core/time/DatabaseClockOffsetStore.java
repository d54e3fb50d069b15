package cq.assist.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shares the offset through the one-row {@code business_clock} table. A missing table or an
 * unreachable database answers empty (logged once per outage), never an exception.
 */
@Component
public class DatabaseClockOffsetStore implements ClockOffsetStore {

    private static final Logger log = LoggerFactory.getLogger(DatabaseClockOffsetStore.class);

    private final BusinessClockMapper mapper;
    private volatile boolean failing;

    DatabaseClockOffsetStore(BusinessClockMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Duration> read() {
        try {
            Long offsetMs = mapper.selectOffsetMs();
            failing = false;
            return Optional.ofNullable(offsetMs).map(Duration::ofMillis);
        } catch (RuntimeException e) {
            return unavailable(e);
        }
    }

    @Override
    public Optional<Duration> add(Duration delta) {
        try {
            if (mapper.updateAddOffset(new BusinessClockMapper.OffsetChange(delta.toMillis(), Instant.now())) == 0) {
                return Optional.empty();
            }
            return read();
        } catch (RuntimeException e) {
            return unavailable(e);
        }
    }

    private Optional<Duration> unavailable(RuntimeException e) {
        if (!failing) {
            failing = true;
            log.warn(
                    "Shared business clock unavailable, using the local offset: {}",
                    e.getClass().getSimpleName());
        }
        return Optional.empty();
    }
}
