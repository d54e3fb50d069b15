package cq.assist.web.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the actuator on its own port, the app port + 1000 (web-api 9080, mobile-api 9081), unless
 * {@code management.server.port} (env {@code MANAGEMENT_SERVER_PORT}) is set. A random app port (0, as in
 * tests) gives a random management port. The app port keeps only the probes {@code /livez} and
 * {@code /readyz} for a load balancer.
 */
public class ManagementPort implements EnvironmentPostProcessor, Ordered {

    /** How far above the app port the management port lies. */
    public static final int OFFSET = 1000;

    private static final String PROPERTY = "management.server.port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(PROPERTY) != null) {
            return;
        }
        Integer appPort = environment.getProperty("server.port", Integer.class);
        if (appPort == null) {
            return;
        }
        int port = appPort <= 0 ? appPort : appPort + OFFSET;
        environment.getPropertySources().addLast(new MapPropertySource("assistManagementPort", Map.of(PROPERTY, port)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
