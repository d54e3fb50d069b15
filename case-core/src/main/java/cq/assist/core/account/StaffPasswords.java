package cq.assist.core.account;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff passwords under the {@link PasswordPolicy} (等保 2.0 level 3, 8.1.4.1 a): an administrator creates an
 * account with an initial password, and a staff member changes its own. A password that breaks the policy is a
 * 400 problem whose {@code errors} name the field with a Chinese message; a new password may not be the current
 * one or one of the last {@code history}; BCrypt cost {@value #COST}. A change revokes every token of the account
 * and is audited, and so does a wrong current password (a token gives one guess, the login's lockout the rest); a password older than {@code maxAge} is expired ({@link #expired}), and the login refuses it
 * until it is changed.
 */
@Service
public class StaffPasswords implements PasswordAges {

    /** BCrypt cost of every stored hash (the login's dummy hash for unknown names has the same). */
    public static final int COST = 10;

    /** Roles an administrator may give. */
    static final Set<String> ROLES = Set.of(
            Roles.STREET_REVIEWER,
            Roles.DISTRICT_APPROVER,
            Roles.DEPARTMENT_REVIEWER,
            Roles.CHARITY,
            Roles.ADMIN,
            Roles.AUDITOR);

    /** Longest department (and charity organisation) code, the column's length. */
    static final int MAX_DEPARTMENT_CODE = 32;

    /** Longest region code, the column's length. */
    static final int MAX_REGION_CODE = 12;

    static final Set<String> SCOPED = Set.of(Roles.STREET_REVIEWER, Roles.DISTRICT_APPROVER, Roles.DEPARTMENT_REVIEWER);

    private final StaffPasswordMapper passwords;
    private final PasswordPolicy policy;
    private final PiiCipher cipher;
    private final AuditRecorder audit;
    private final StaffSessions sessions;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(COST);
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    StaffPasswords(
            StaffPasswordMapper passwords,
            PasswordPolicy policy,
            PiiCipher cipher,
            AuditRecorder audit,
            StaffSessions sessions) {
        this.passwords = passwords;
        this.policy = policy;
        this.cipher = cipher;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** The policy in force. */
    public PasswordPolicy policy() {
        return policy;
    }

    /**
     * Creates an account; returns its TOTP secret (base32), shown once for enrolment.
     *
     * @throws DomainException VALIDATION naming each bad field, CONFLICT when the username is taken
     */
    @Transactional
    public String create(NewStaffAccount account, String by) {
        List<FieldError> errors = new ArrayList<>();
        String username = account.username() == null ? "" : account.username().strip();
        if (!username.matches("[a-z0-9][a-z0-9.-]{2,63}")) {
            errors.add(new FieldError("username", "account.username.invalid"));
        }
        if (account.displayName() == null
                || account.displayName().isBlank()
                || account.displayName().length() > 64) {
            errors.add(new FieldError("displayName", "account.displayName.required"));
        }
        List<FieldError> roleErrors = roleErrors(account.roles());
        List<String> roles = roleErrors.isEmpty() ? List.copyOf(new LinkedHashSet<>(account.roles())) : List.of();
        if (!roleErrors.isEmpty()) {
            errors.addAll(roleErrors);
        } else if (roles.stream().anyMatch(SCOPED::contains)
                && (blank(account.departmentCode()) || blank(account.regionCode()))) {
            errors.add(new FieldError("departmentCode", "account.scope.required"));
        }
        errors.addAll(codeErrors(account.departmentCode(), account.regionCode(), account.charityOrgCode()));
        errors.addAll(policy.check("password", username, account.password()));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (passwords.usernameExists(username)) {
            throw DomainException.withFields(
                    ProblemKind.CONFLICT,
                    "account.username.taken",
                    List.of(new FieldError("username", "account.username.taken")));
        }
        byte[] seed = new byte[20];
        random.nextBytes(seed);
        String secret = new Base32().encodeAsString(seed).replace("=", "");
        Instant now = clock.instant();
        passwords.insertAccount(new StaffPasswordMapper.NewAccountRow(
                username,
                encoder.encode(account.password()),
                cipher.encrypt(cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET, username, secret),
                account.displayName().strip(),
                String.join(",", roles),
                blank(account.departmentCode())
                        ? null
                        : account.departmentCode().strip(),
                blank(account.regionCode()) ? null : account.regionCode().strip(),
                blank(account.charityOrgCode())
                        ? null
                        : account.charityOrgCode().strip(),
                by,
                now));
        audit.record(new AuditEntry(
                by,
                Roles.ADMIN,
                AuditActions.ACCOUNT_CHANGE,
                "STAFF_ACCOUNT",
                username,
                "created " + username + " roles=" + String.join(",", roles),
                null));
        return secret;
    }

    /**
     * Changes the password of an account that proved its current one.
     *
     * @param field the name of the new-password field in the caller's request (for the errors)
     * @throws DomainException VALIDATION: the current password is wrong ({@code currentPassword}), or the new one
     *     breaks the policy or was used recently (the field named)
     */
    @Transactional(noRollbackFor = DomainException.class)
    public void change(long accountId, String currentPassword, String newPassword, String field) {
        StaffPasswordMapper.Credentials account =
                passwords.selectForUpdate(accountId).orElseThrow(() -> DomainException.notFound("account.notFound"));
        String who = String.valueOf(accountId);
        if (currentPassword == null || !matches(currentPassword, account.passwordHash())) {
            // one guess per login: a token cannot be used to try passwords (the login has the lockout)
            int revoked = sessions.revokeAll(who, "PASSWORD_GUESS");
            audited(
                    who,
                    "password change refused: current password wrong; " + revoked + " token(s) revoked",
                    AuditOutcome.FAILURE);
            throw DomainException.invalid(List.of(new FieldError("currentPassword", "account.password.currentWrong")));
        }
        List<FieldError> errors = new ArrayList<>(policy.check(field, account.username(), newPassword));
        if (errors.isEmpty() && reused(account, newPassword)) {
            errors.add(new FieldError(field, "account.password.reused"));
        }
        if (!errors.isEmpty()) {
            audited(who, "password change refused: policy", AuditOutcome.FAILURE);
            throw DomainException.invalid(errors);
        }
        Instant now = clock.instant();
        passwords.insertHistory(accountId, account.passwordHash(), now);
        passwords.updatePassword(accountId, encoder.encode(newPassword), now, who);
        int revoked = sessions.revokeAll(who, "PASSWORD_CHANGED");
        audited(who, "password changed; " + revoked + " token(s) revoked", AuditOutcome.SUCCESS);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean expired(long accountId) {
        if (policy.maxAge() == null) {
            return false;
        }
        Instant changed = passwords.selectPasswordChangedAt(accountId);
        return changed != null && changed.plus(policy.maxAge()).isBefore(clock.instant());
    }

    private boolean reused(StaffPasswordMapper.Credentials account, String candidate) {
        if (matches(candidate, account.passwordHash())) {
            return true;
        }
        if (policy.history() == 0) {
            return false;
        }
        for (String earlier : passwords.selectHistory(account.id(), policy.history())) {
            if (matches(candidate, earlier)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(String password, String hash) {
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private void audited(String who, String what, AuditOutcome outcome) {
        audit.record(
                new AuditEntry(who, "STAFF", AuditActions.ACCOUNT_CHANGE, "STAFF_ACCOUNT", who, what, null, outcome));
    }

    /**
     * The field errors of a list of roles as a request gives it: none for at least one role, each one an
     * administrator may give ({@link #ROLES}); {@code roles} when there is none; {@code roles[i]} for a null
     * or unknown entry (never a {@code NullPointerException}).
     *
     * @param roles the requested roles, possibly null or with null entries
     */
    static List<FieldError> roleErrors(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of(new FieldError("roles", "account.roles.invalid"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            if (role == null || !ROLES.contains(role)) {
                errors.add(new FieldError("roles[" + i + "]", "account.roles.invalid"));
            }
        }
        return errors;
    }

    /**
     * The field errors of scope codes longer than their columns ({@code staff_account.department_code
     * VARCHAR(32)}, {@code region_code VARCHAR(12)}, {@code charity_org_code VARCHAR(32)}, after stripping):
     * {@code departmentCode}, {@code regionCode}, {@code charityOrgCode} ({@code account.code.tooLong}).
     * Null codes are fine here.
     */
    static List<FieldError> codeErrors(String departmentCode, String regionCode, String charityOrgCode) {
        List<FieldError> errors = new ArrayList<>();
        if (longer(departmentCode, MAX_DEPARTMENT_CODE)) {
            errors.add(new FieldError("departmentCode", "account.code.tooLong"));
        }
        if (longer(regionCode, MAX_REGION_CODE)) {
            errors.add(new FieldError("regionCode", "account.code.tooLong"));
        }
        if (longer(charityOrgCode, MAX_DEPARTMENT_CODE)) {
            errors.add(new FieldError("charityOrgCode", "account.code.tooLong"));
        }
        return errors;
    }

    private static boolean longer(String code, int max) {
        return code != null && code.strip().length() > max;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
