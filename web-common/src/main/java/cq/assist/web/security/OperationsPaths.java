package cq.assist.web.security;

/**
 * Paths for operators that need no login: the actuator (served on the management port, app port + 1000,
 * which belongs on an internal network), the probes a load balancer asks on the app port, and the
 * OpenAPI document with its UI (served only where {@code springdoc} is enabled, else 404).
 */
public final class OperationsPaths {

    /** Ant patterns to permit in each app's security filter chain. */
    public static final String[] OPEN = {
        "/actuator/**", "/livez", "/readyz", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    private OperationsPaths() {}
}
