package cq.assist.core.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One checked fact from a data source: FOUND with a value, or NOT_FOUND. "No record" is never zero: a
 * source that answers "nothing on record" for income says FOUND(0), a source that could not answer says
 * NOT_FOUND.
 *
 * @param found whether the source returned a value
 * @param value the value when found, else null
 * @param source the data source name, e.g. {@code HRSS}, {@code REAL_ESTATE}; must not be null
 * @param seenAt when the source answered; null when not found
 */
public record Fact<T>(boolean found, T value, String source, Instant seenAt) {

    public Fact {
        Objects.requireNonNull(source, "source");
        if (found && value == null) {
            throw new IllegalArgumentException("a found fact needs a value");
        }
        if (!found && value != null) {
            throw new IllegalArgumentException("a fact that was not found has no value");
        }
    }

    /** A value the source returned. */
    public static <T> Fact<T> found(T value, String source, Instant seenAt) {
        return new Fact<>(true, value, source, seenAt);
    }

    /** The source had no answer for this person. */
    public static <T> Fact<T> notFound(String source) {
        return new Fact<>(false, null, source, null);
    }

    /** The value when found, else {@code fallback}. */
    public T orElse(T fallback) {
        return found ? value : fallback;
    }
}
