package cq.assist.workflow;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The request id that ties the log lines of one HTTP request to the async jobs it causes: kept in the
 * logging MDC under {@value #MDC_KEY} and, for the engine, in the process variable {@value #VARIABLE}.
 * A request id never carries personal data: one sent by a client ({@code X-Request-Id}) is kept only
 * when it is 16 to 64 hex digits and dashes with at least one letter a-f (a UUID, a proxy's id), so a
 * phone or an ID number can never pass as one; otherwise a fresh UUID is used.
 */
public final class RequestIds {

    /** The MDC key (and the field name in the JSON logs). */
    public static final String MDC_KEY = "requestId";
    /** The HTTP header that carries it in and out. */
    public static final String HEADER = "X-Request-Id";
    /** The process variable that carries it into async jobs. */
    public static final String VARIABLE = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("(?=.*[a-fA-F])[0-9a-fA-F-]{16,64}");

    private RequestIds() {}

    /** The client's id when acceptable, else a new random UUID. */
    public static String acceptOrCreate(String fromClient) {
        return fromClient != null && ACCEPTED.matcher(fromClient).matches()
                ? fromClient
                : UUID.randomUUID().toString();
    }

    /** The request id of the current thread, or null. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
