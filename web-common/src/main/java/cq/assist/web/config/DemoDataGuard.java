package cq.assist.web.config;

import cq.assist.core.identity.IdentityInput;
import cq.assist.core.pii.PiiCipher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start an app outside the {@code demo} profile while demo people are in its database (issue 7, review
 * M7): staff accounts with the demo password ({@code seeds/demo/10_staff_account.csv}) and the demo community
 * workers, found by the blind index of their phones ({@code seeds/demo/20_community_worker.csv}; real-format
 * numbers, so whoever holds them would log in as a worker once a real SMS gateway is configured). It runs once
 * every singleton exists (the migrations have run) and before the web server binds its port. The settings part of
 * the same rule is {@link StandInGuard}.
 *
 * @throws IllegalStateException from {@link #afterSingletonsInstantiated} naming what was found
 */
@Component
class DemoDataGuard implements SmartInitializingSingleton {

    /** The BCrypt hash every demo staff account is seeded with (seeds/demo/10_staff_account.csv). */
    static final String DEMO_PASSWORD_HASH = "$2a$10$CBHgxCEqdeCkrnNaEBI4VePk8JNtTzr6HKVvX5AwyPHvIGRZpjkCO";

    /** The demo community workers' seed file; its first column is the phone. */
    static final String DEMO_WORKERS = "seeds/demo/20_community_worker.csv";

    private final Environment environment;
    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    DemoDataGuard(Environment environment, JdbcTemplate jdbc, PiiCipher cipher) {
        this.environment = environment;
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (StandInGuard.allowed(environment)) {
            return;
        }
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Refusing to start outside the demo profile: " + String.join("; ", problems));
        }
    }

    /** The demo people found in the database; empty when none (whatever the profile). */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (count("SELECT COUNT(*) FROM staff_account WHERE password_hash = ?", List.of(DEMO_PASSWORD_HASH)) > 0) {
            problems.add("staff accounts with the demo password (disable or re-provision them)");
        }
        List<String> hashes = new ArrayList<>();
        for (String phone : demoWorkerPhones()) {
            hashes.addAll(cipher.blindIndexes(phone));
        }
        if (!hashes.isEmpty()
                && count(
                                "SELECT COUNT(*) FROM community_worker WHERE phone_hash IN ("
                                        + String.join(
                                                ",",
                                                hashes.stream().map(h -> "?").toList())
                                        + ")",
                                hashes)
                        > 0) {
            problems.add("the demo community workers of " + DEMO_WORKERS + " (delete them)");
        }
        return problems;
    }

    private int count(String sql, List<String> args) {
        try {
            Integer count = jdbc.queryForObject(sql, Integer.class, args.toArray());
            return count == null ? 0 : count;
        } catch (DataAccessException noTableYet) {
            return 0;
        }
    }

    /** The phones of the demo seed file, normalised as logins are. */
    static List<String> demoWorkerPhones() {
        ClassPathResource file = new ClassPathResource(DEMO_WORKERS);
        if (!file.exists()) {
            return List.of();
        }
        List<String> phones = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    phones.add(IdentityInput.phone(line.split(",", 2)[0]));
                }
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read " + DEMO_WORKERS, unreadable);
        }
        return phones;
    }
}
