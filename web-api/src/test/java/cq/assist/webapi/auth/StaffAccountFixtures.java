package cq.assist.webapi.auth;

import cq.assist.core.pii.PiiCipher;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Inserts staff accounts with unique usernames and fresh TOTP secrets, for login tests. */
public final class StaffAccountFixtures {

    public static final String PASSWORD = "Test#Pass-2026";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    public StaffAccountFixtures(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A 渝中区 housing reviewer with a unique username. */
    public TestAccount housingReviewer() {
        String username = "it." + UUID.randomUUID().toString().substring(0, 12);
        byte[] raw = UUID.randomUUID().toString().getBytes();
        String secret = new Base32().encodeAsString(raw).replace("=", "").substring(0, 32);
        jdbc.update(
                "INSERT INTO staff_account (username, password_hash, totp_secret_enc, display_name, roles,"
                        + " department_code, region_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
                username,
                HASH,
                cipher.encrypt(cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET, username, secret),
                "测试住建审核员",
                "DEPARTMENT_REVIEWER",
                "HOUSING@500103",
                "500103");
        return new TestAccount(username, secret);
    }

    /** A test account's username and base32 TOTP secret. */
    public record TestAccount(String username, String secret) {

        public Map<String, String> loginWith(String password, String totp) {
            return Map.of("username", username, "password", password, "totp", totp);
        }
    }
}
