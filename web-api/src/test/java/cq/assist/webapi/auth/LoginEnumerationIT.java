package cq.assist.webapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.pii.PiiCipher;
import cq.assist.web.test.HttpApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Security review L1: a caller cannot tell an existing staff account from an unknown username. Six bad
 * logins answer the same statuses, problem types, details and {@code Retry-After} for both (before the fix an
 * unknown name answered 401 for ever, a real one 423 after five), and an unknown name takes as long to refuse
 * as a wrong password (one BCrypt comparison of the same cost on every path).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginEnumerationIT {

    private static final String LOGIN = "/api/v1/auth/login";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Test
    void anUnknownUsernameAnswersExactlyLikeAnExistingAccount() {
        StaffAccountFixtures.TestAccount account = new StaffAccountFixtures(jdbc, cipher).housingReviewer();
        HttpApi api = new HttpApi(port);
        String unknown = "it.nobody." + UUID.randomUUID().toString().substring(0, 8);

        List<String> known = sixBadLogins(api, account.username());
        List<String> none = sixBadLogins(api, unknown);

        assertThat(known).isEqualTo(none);
        assertThat(known.get(0)).startsWith("401 ");
        assertThat(known.get(4)).startsWith("423 ");
        assertThat(known.get(5)).startsWith("423 ");
        // kept per name and client address (this test's client is the machine itself), under a hash, never the name
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM login_name_lock WHERE name_hash IN (?, ?)",
                        Integer.class,
                        cipher.blindIndex("staff-login:" + unknown + "@127.0.0.1"),
                        cipher.blindIndex("staff-login:" + unknown + "@0:0:0:0:0:0:0:1")))
                .as("the unknown name's failures are kept under its hash, never the name")
                .isEqualTo(1);
    }

    /** Each answer as status, problem type, detail and Retry-After rounded to minutes. */
    private static List<String> sixBadLogins(HttpApi api, String username) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpApi.Answer a =
                    api.post(LOGIN, Map.of("username", username, "password", "wrong-" + i, "totp", "123456"));
            String retry = a.header("Retry-After");
            answers.add(a.status() + " " + a.json().get("type").asString() + " "
                    + a.json().get("detail").asString() + " "
                    + (retry == null ? "-" : Math.round(Long.parseLong(retry) / 60.0)));
        }
        return answers;
    }

    @Test
    void anUnknownUsernameTakesAsLongToRefuseAsAWrongPassword() {
        // an account whose hash has the production cost (10), like the seeds and the password policy write
        String username = "it.timing." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "INSERT INTO staff_account (username, password_hash, totp_secret_enc, display_name, roles,"
                        + " department_code, region_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
                username,
                new BCryptPasswordEncoder(10).encode("Some#Password-1"),
                cipher.encrypt(cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET, username, "JBSWY3DPEHPK3PXP"),
                "计时测试",
                "DEPARTMENT_REVIEWER",
                "HOUSING@500103",
                "500103");
        HttpApi api = new HttpApi(port);
        int rounds = 9;
        long[] knownNanos = new long[rounds];
        long[] unknownNanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            // interleaved, so load on the machine weighs on both alike; the failure counts (the name's and the
            // address's) are reset so neither ever reaches its lockout
            jdbc.update(
                    "UPDATE login_name_lock SET failed_attempts = 0 WHERE name_hash IN (?, ?, ?, ?)",
                    cipher.blindIndex("staff-login:" + username + "@127.0.0.1"),
                    cipher.blindIndex("staff-login:" + username + "@0:0:0:0:0:0:0:1"),
                    cipher.blindIndex("staff-login-address:127.0.0.1"),
                    cipher.blindIndex("staff-login-address:0:0:0:0:0:0:0:1"));
            knownNanos[i] = timed(api, username);
            unknownNanos[i] =
                    timed(api, "it.nobody." + UUID.randomUUID().toString().substring(0, 8));
        }
        long known = median(knownNanos);
        long none = median(unknownNanos);
        System.out.printf(
                "login refusal median of %d: existing account %d ms, unknown name %d ms%n",
                rounds, known / 1_000_000, none / 1_000_000);
        // without the dummy BCrypt comparison an unknown name answers in a few ms against about 100 ms: a ratio
        // near 0.05; the bounds leave room for a loaded build machine
        assertThat((double) none / known).isBetween(1 / 3.0, 3.0);
    }

    private static long timed(HttpApi api, String username) {
        long start = System.nanoTime();
        int status = api.post(LOGIN, Map.of("username", username, "password", "wrong", "totp", "123456"))
                .status();
        long nanos = System.nanoTime() - start;
        assertThat(status).isEqualTo(401);
        return nanos;
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
