package cq.assist.web.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start an app outside the {@code demo} profile while a stand-in for a system outside our reach is
 * configured (issue 7, review M7): the embedded H2 database, the outbox SMS gateway ({@code
 * assist.sms.gateway=outbox}, the default), the reference registry as the economic-check data source ({@code
 * assist.check.source=reference-registry}, the default), the registry-phone real-name stand-in ({@code
 * assist.real-name.verifier=registry-phone}, the default), or the local key-file stand-in for a key management
 * service ({@code assist.pii.kms=local-key-file}, the default, unless an operator sets {@code
 * assist.pii.local-key-file.allowed=true}).
 *
 * <p>It runs as an environment post-processor, once the configuration is read and before any bean exists: a
 * refused start opens no database (H2's server port included), runs no migration and binds no port. Demo data
 * left in a real database is refused by {@link DemoDataGuard}, before the web server starts. Integration tests,
 * which run these stand-ins on purpose, opt in with {@code assist.stand-ins.allowed=true}; nothing else sets it.
 *
 * @throws IllegalStateException from {@link #postProcessEnvironment} naming every stand-in found
 */
public class StandInGuard implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Refusing to start outside the demo profile: " + String.join("; ", problems));
        }
    }

    /** After the configuration data and the other post-processors, so every setting is seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** True in the demo profile or when tests opt in: stand-ins and demo data are allowed. */
    static boolean allowed(Environment environment) {
        return environment.acceptsProfiles(Profiles.of("demo"))
                || environment.getProperty("assist.stand-ins.allowed", Boolean.class, false);
    }

    /** The configured stand-ins that keep this configuration from starting outside the demo; empty when none. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (allowed(environment)) {
            return problems;
        }
        if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
            problems.add("the embedded H2 database (set DB_URL, or use the mysql profile)");
        }
        if ("outbox".equals(environment.getProperty("assist.sms.gateway", "outbox"))) {
            problems.add("the outbox SMS stand-in (set assist.sms.gateway and provide the operator's gateway)");
        }
        if ("reference-registry".equals(environment.getProperty("assist.check.source", "reference-registry"))) {
            problems.add("the reference registry as the economic-check source (set assist.check.source)");
        }
        if ("registry-phone".equals(environment.getProperty("assist.real-name.verifier", "registry-phone"))) {
            problems.add("the registry-phone real-name stand-in (set assist.real-name.verifier)");
        }
        if ("local-key-file".equals(environment.getProperty("assist.pii.kms", "local-key-file"))
                && !environment.getProperty("assist.pii.local-key-file.allowed", Boolean.class, false)) {
            problems.add("the local key-file stand-in for a KMS (set assist.pii.kms to the key service's adapter, or"
                    + " accept the risk with assist.pii.local-key-file.allowed=true)");
        }
        return problems;
    }
}
