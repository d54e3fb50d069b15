package cq.assist.mobile.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start mobile-api outside the demo profile unless {@code assist.mobile.public-base-url} (env
 * {@code ASSIST_MOBILE_PUBLIC_BASE_URL}) is an https address a phone can open: co-signing links and QR
 * codes are built from it, and a link to {@code localhost} opens nothing on a relative's phone (issue 11).
 * The demo profile accepts the default {@code http://localhost:8081}.
 */
@Component
class PublicBaseUrlCheck implements InitializingBean {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "0.0.0.0", "::1", "[::1]");

    private final Environment environment;
    private final String publicBaseUrl;

    PublicBaseUrlCheck(Environment environment, @Value("${assist.mobile.public-base-url:}") String publicBaseUrl) {
        this.environment = environment;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.matchesProfiles("demo")) {
            return;
        }
        String problem = problem(publicBaseUrl);
        if (problem != null) {
            throw new IllegalStateException("assist.mobile.public-base-url (ASSIST_MOBILE_PUBLIC_BASE_URL) " + problem
                    + ": co-signing links and QR codes must open on a relative's phone");
        }
    }

    /** What is wrong with this base URL, or null when a phone can open it. */
    static String problem(String url) {
        if (url == null || url.isBlank()) {
            return "is not set";
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return "is not a URL";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "must be an https address";
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || LOCAL.contains(host) || host.startsWith("127.") || host.endsWith(".localhost")) {
            return "points at this machine (" + host + "), which no phone can open";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "must not carry a query or fragment";
        }
        return null;
    }
}
