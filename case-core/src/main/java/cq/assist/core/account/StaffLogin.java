package cq.assist.core.account;

import cq.assist.core.account.StaffAccountMapper.LoginFailure;
import cq.assist.core.account.StaffAccountMapper.LoginSuccess;
import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs a staff member in: password (BCrypt), then the TOTP code, which must belong to a later time
 * step than the last accepted one. {@value #MAX_FAILURES} failures in a row lock the account for
 * {@link #LOCK_DURATION} of business time; while locked every attempt is refused, even a correct one.
 *
 * <p>No enumeration (security review L1, R-15): an unknown username, a disabled account and any wrong factor
 * fail the same way, and they lock the same way: a name that matches no account keeps its own failure count
 * ({@code login_name_lock}, keyed by the name's blind index), so it too answers 401 four times and then 423
 * with the same {@code Retry-After}. Every path runs one BCrypt comparison of the same cost before anything
 * else (an unknown name against a dummy hash), so the answer's timing does not tell them apart either.
 */
@Service
public class StaffLogin {

    /** Consecutive failures that lock the account. */
    public static final int MAX_FAILURES = 5;
    /** How long a lockout lasts. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** How long the failures of a name that matches no account are remembered after its last try. */
    static final Duration NAME_LOCK_KEPT = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(StaffLogin.class);

    private final StaffAccountMapper accounts;
    private final TotpVerifier totp;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final AuditRecorder audit;
    private final LoginNameLockMapper names;
    private final PasswordAges ages;
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
    /** Cost 10, like every stored hash (seeds and {@code StaffPasswords}): an unknown name costs the same. */
    private final String unknownUserHash = passwords.encode(UUID.randomUUID().toString());

    public StaffLogin(
            StaffAccountMapper accounts,
            TotpVerifier totp,
            PiiCipher cipher,
            BusinessClock clock,
            AuditRecorder audit,
            LoginNameLockMapper names,
            PasswordAges ages) {
        this.names = names;
        this.ages = ages;
        this.accounts = accounts;
        this.totp = totp;
        this.cipher = cipher;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Checks the credentials and returns who logged in.
     *
     * @throws DomainException of kind UNAUTHENTICATED for any wrong or unknown credential, FORBIDDEN (type
     *     {@code password-expired}) for right credentials with a password older than the policy allows, and an
     *     {@link AccountLockedException} (LOCKED, with the seconds to wait) while the account is locked
     */
    @Transactional(noRollbackFor = DomainException.class)
    public StaffIdentity logIn(StaffCredentials credentials) {
        return logIn(credentials, false);
    }

    /**
     * Checks the credentials like {@link #logIn} for a password change ({@code POST /auth/password}): an expired
     * password is accepted here, and only here.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public StaffIdentity logInToChangePassword(StaffCredentials credentials) {
        return logIn(credentials, true);
    }

    private StaffIdentity logIn(StaffCredentials credentials, boolean changingPassword) {
        StaffAccount account =
                accounts.selectByUsernameForUpdate(credentials.username()).orElse(null);
        Instant now = clock.now();
        if (account == null) {
            passwordMatches(credentials.password(), unknownUserHash);
            throw unknownNameFailure(credentials.username(), now);
        }
        String who = String.valueOf(account.id());
        boolean passwordOk = passwordMatches(credentials.password(), account.passwordHash());
        if (account.lockedAt(now)) {
            audited(who, AuditActions.ACCOUNT_LOCKED, "login while locked", AuditOutcome.DENIED);
            throw locked(account.lockedUntil(), now);
        }
        if (!account.enabled()) {
            throw recordFailure(account, now, "account disabled");
        }
        OptionalLong step = passwordOk
                ? totp.matchingStep(
                        cipher.decrypt(
                                cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET,
                                account.username(),
                                account.totpSecretEnc()),
                        credentials.totp())
                : OptionalLong.empty();
        if (step.isEmpty() || account.stepAlreadyUsed(step.getAsLong())) {
            throw recordFailure(account, now, "wrong password or code");
        }
        if (!changingPassword && ages.expired(account.id())) {
            // right credentials, but the password is too old: refused without counting a failure, and without
            // spending the TOTP step, so the same code can go with the change (POST /auth/password)
            audited(who, AuditActions.LOGIN_FAILED, "password expired", AuditOutcome.FAILURE);
            throw new DomainException(ProblemKind.FORBIDDEN, "account.password.expired").withType("password-expired");
        }
        accounts.updateLoginSuccess(new LoginSuccess(account.id(), step.getAsLong(), now));
        audited(who, AuditActions.LOGIN, "password and TOTP", AuditOutcome.SUCCESS);
        return identityOf(account);
    }

    /**
     * A failure with a name that matches no account: counted and locked like an account's own failures, in
     * {@code login_name_lock} under the name's blind index (the name typed is audited, never stored there).
     */
    private DomainException unknownNameFailure(String username, Instant now) {
        String hash = cipher.blindIndex("staff-login:" + (username == null ? "" : username));
        names.insertIfAbsent(hash, now);
        LoginNameLockMapper.NameLock lock =
                names.selectForUpdate(hash).orElse(new LoginNameLockMapper.NameLock(hash, 0, null, now));
        if (lock.lockedAt(now)) {
            audited(
                    username,
                    AuditActions.ACCOUNT_LOCKED,
                    "login while locked (unknown username)",
                    AuditOutcome.DENIED);
            return locked(lock.lockedUntil(), now);
        }
        int failures = lock.failedAttempts() + 1;
        if (failures < MAX_FAILURES) {
            names.update(new LoginNameLockMapper.NameLock(hash, failures, null, now));
            audited(username, AuditActions.LOGIN_FAILED, "unknown username, failure " + failures, AuditOutcome.FAILURE);
            return badCredentials();
        }
        Instant until = now.plus(LOCK_DURATION);
        names.update(new LoginNameLockMapper.NameLock(hash, 0, until, now));
        audited(username, AuditActions.LOGIN_FAILED, "unknown username, failure " + failures, AuditOutcome.FAILURE);
        audited(
                username,
                AuditActions.ACCOUNT_LOCKED,
                "unknown username locked until " + until + " after " + failures + " failures",
                AuditOutcome.DENIED);
        return locked(until, now);
    }

    private DomainException recordFailure(StaffAccount account, Instant now, String cause) {
        int failures = account.failedAttempts() + 1;
        String who = String.valueOf(account.id());
        if (failures < MAX_FAILURES) {
            accounts.updateLoginFailure(new LoginFailure(account.id(), failures, null, now));
            audited(who, AuditActions.LOGIN_FAILED, cause + ", failure " + failures, AuditOutcome.FAILURE);
            return badCredentials();
        }
        Instant until = now.plus(LOCK_DURATION);
        accounts.updateLoginFailure(new LoginFailure(account.id(), 0, until, now));
        audited(who, AuditActions.LOGIN_FAILED, cause + ", failure " + failures, AuditOutcome.FAILURE);
        audited(
                who,
                AuditActions.ACCOUNT_LOCKED,
                "locked until " + until + " after " + failures + " failures",
                AuditOutcome.DENIED);
        log.warn("Staff account {} locked until {} after {} failed logins", account.id(), until, failures);
        return locked(until, now);
    }

    /** Audits a login event; an unknown username is recorded as typed (cut to 64 characters), never a password. */
    private void audited(String who, String action, String detail, AuditOutcome outcome) {
        String actor = who == null || who.isBlank() ? "?" : who.length() > 64 ? who.substring(0, 64) : who;
        audit.record(new AuditEntry(actor, "STAFF", action, "STAFF_ACCOUNT", actor, detail, null, outcome));
    }

    private StaffIdentity identityOf(StaffAccount account) {
        String departmentKind =
                account.departmentCode() == null ? null : accounts.selectDepartmentKind(account.departmentCode());
        return new StaffIdentity(
                account.id(),
                account.roleList(),
                account.departmentCode(),
                departmentKind,
                account.regionCode(),
                account.charityOrgCode());
    }

    private boolean passwordMatches(String password, String hash) {
        try {
            return password != null && passwords.matches(password, hash);
        } catch (IllegalArgumentException tooLongOrMalformed) {
            return false;
        }
    }

    private static DomainException badCredentials() {
        return new DomainException(ProblemKind.UNAUTHENTICATED, "account.login.bad-credentials");
    }

    private static AccountLockedException locked(Instant until, Instant now) {
        long millis = Duration.between(now, until).toMillis();
        return new AccountLockedException(Math.max(1, (millis + 999) / 1000));
    }
}
