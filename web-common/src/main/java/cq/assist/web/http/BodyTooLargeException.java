package cq.assist.web.http;

import java.io.IOException;

/**
 * Thrown by a capped request stream when a body without a declared length (chunked) grows past its
 * cap. The problem handler turns it into a 413 problem document wherever it surfaces (a message
 * converter wraps it).
 */
public class BodyTooLargeException extends IOException {

    private final long limitBytes;

    public BodyTooLargeException(long limitBytes) {
        super("request body larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    /** The cap that was exceeded, in bytes. */
    public long limitBytes() {
        return limitBytes;
    }

    /** The body cap named in the cause chain of {@code e}, if a capped stream raised it. */
    public static java.util.Optional<BodyTooLargeException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }
}
