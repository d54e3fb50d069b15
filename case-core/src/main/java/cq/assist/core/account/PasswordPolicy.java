package cq.assist.core.account;

import cq.assist.core.common.DomainException.FieldError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The staff password policy (等保 2.0 level 3, GB/T 22239-2019 8.1.4.1 a: 口令复杂度并定期更换), checked when an
 * account is created and when a password is changed.
 *
 * @param minLength shortest password (default 12; never below 8)
 * @param minClasses how many of the four classes (lower case, upper case, digit, other) it must mix (default 3)
 * @param history how many earlier passwords may not be used again (default 5; 0: only the current one)
 * @param maxAge a password older than this must be changed before the next login (default none: no expiry)
 */
@ConfigurationProperties("assist.staff.password")
public record PasswordPolicy(Integer minLength, Integer minClasses, Integer history, Duration maxAge) {

    public PasswordPolicy {
        minLength = minLength == null ? 12 : Math.max(8, minLength);
        minClasses = minClasses == null ? 3 : Math.min(4, Math.max(1, minClasses));
        history = history == null ? 5 : Math.max(0, history);
        maxAge = maxAge == null || maxAge.isZero() || maxAge.isNegative() ? null : maxAge;
    }

    /** The defaults. */
    public static PasswordPolicy defaults() {
        return new PasswordPolicy(null, null, null, null);
    }

    /**
     * The rules a new password breaks, each as an error on {@code field} with a message naming it (the bundle's
     * {@code account.password.*} texts); empty when it may be used as far as the text goes (reuse is checked
     * against the stored hashes by {@link StaffPasswords}).
     */
    public List<FieldError> check(String field, String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "account.password.required"));
            return errors;
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            errors.add(new FieldError(field, "account.password.tooShort", minLength));
        }
        if (password.length() > 64) {
            errors.add(new FieldError(field, "account.password.tooLong", 64));
        }
        if (classes(password) < minClasses) {
            errors.add(new FieldError(field, "account.password.classes", minClasses));
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "account.password.containsUsername"));
        }
        if (password.chars().anyMatch(Character::isWhitespace)) {
            errors.add(new FieldError(field, "account.password.whitespace"));
        }
        return errors;
    }

    private static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
