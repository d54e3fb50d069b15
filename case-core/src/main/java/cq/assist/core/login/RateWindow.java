package cq.assist.core.login;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * A sliding-window limit: at most {@code limit} events within {@code window}. Pure, so its arithmetic is
 * unit-tested without a database.
 *
 * @param limit events allowed in one window; must be positive
 * @param window the window length; must be positive
 */
record RateWindow(int limit, Duration window) {

    /** The start of the window that ends at {@code now}. */
    Instant since(Instant now) {
        return now.minus(window);
    }

    /**
     * Whether one more event may happen now.
     *
     * @param recent the times of the events inside the window, oldest first
     * @return empty when allowed; otherwise the whole seconds (at least 1) until enough of the oldest
     *     events have left the window for one more to fit
     */
    OptionalLong retryAfter(List<Instant> recent, Instant now) {
        if (recent.size() < limit) {
            return OptionalLong.empty();
        }
        Instant leaves = recent.get(recent.size() - limit).plus(window);
        long millis = Duration.between(now, leaves).toMillis();
        return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
    }
}
