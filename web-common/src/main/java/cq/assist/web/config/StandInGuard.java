package cq.assist.web.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start an app outside the {@code demo} profile while a stand-in for a system outside our
 * reach is in use or demo data is present (issue 7, review M7): the embedded H2 database, the outbox SMS
 * gateway ({@code assist.sms.gateway=outbox}, the default), the reference registry as the economic-check
 * data source ({@code assist.check.source=reference-registry}, the default), the registry-phone real-name
 * stand-in ({@code assist.real-name.verifier=registry-phone}, the default), the local key-file stand-in for
 * a key management service ({@code assist.pii.kms=local-key-file}, the default, unless an operator sets
 * {@code assist.pii.local-key-file.allowed=true}), or any staff account with the demo password. Integration tests, which run these stand-ins on purpose, opt in with
 * {@code assist.stand-ins.allowed=true}; nothing else sets it.
 */
@Component
class StandInGuard implements ApplicationListener<ApplicationStartedEvent> {

    /** The BCrypt hash every demo staff account is seeded with (seeds/demo/10_staff_account.csv). */
    static final String DEMO_PASSWORD_HASH = "$2a$10$CBHgxCEqdeCkrnNaEBI4VePk8JNtTzr6HKVvX5AwyPHvIGRZpjkCO";

    private final Environment environment;
    private final JdbcTemplate jdbc;

    StandInGuard(Environment environment, JdbcTemplate jdbc) {
        this.environment = environment;
        this.jdbc = jdbc;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        List<String> problems = problems(environment, this::demoAccounts);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Refusing to start outside the demo profile: " + String.join("; ", problems));
        }
    }

    /** What keeps this configuration from starting outside the demo; empty when it may start. */
    static List<String> problems(Environment environment, IntSupplier demoAccounts) {
        List<String> problems = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("demo"))
                || environment.getProperty("assist.stand-ins.allowed", Boolean.class, false)) {
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
        if (demoAccounts.getAsInt() > 0) {
            problems.add("staff accounts with the demo password (disable or re-provision them)");
        }
        return problems;
    }

    private int demoAccounts() {
        try {
            Integer count = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM staff_account WHERE password_hash = ?", Integer.class, DEMO_PASSWORD_HASH);
            return count == null ? 0 : count;
        } catch (DataAccessException noTableYet) {
            return 0;
        }
    }
}
