package cq.assist.core.audit;

/**
 * Where the current request comes from, set by the web edge for the request's thread (the client address
 * resolved through the trusted proxies), so that a service deep in case-core can audit "from where"
 * without the address being handed down every call. Empty outside a request (jobs, timers).
 */
public final class AuditContext {

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private AuditContext() {}

    /** Sets the address for this thread; {@link #clear()} must follow in a finally block. */
    public static void setClientAddress(String address) {
        ADDRESS.set(address);
    }

    /** The current request's client address, or null outside a request. */
    public static String clientAddress() {
        return ADDRESS.get();
    }

    public static void clear() {
        ADDRESS.remove();
    }
}
