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
 * step than the last accepted one.
 *
 * <p>Locks are per name <em>and client address</em> (security review L1: "anyone can keep admin locked"):
 * {@value #MAX_FAILURES} failures in a row of one username from one address lock that username from that
 * address for {@link #LOCK_DURATION}; while locked every attempt from there is refused, even a correct one, but
 * the owner logging in from its own office is not. One address failing {@value #ADDRESS_MAX_FAILURES} times in a
 * row over any names (password spraying) is locked for every name for as long. A success from the address
 * clears both. The counts live in {@code login_name_lock}, keyed by blind indexes of "name at address" and of
 * the address, never the name or address itself. The account's own {@code failed_attempts}/{@code locked_until}
 * still record the latest run of failures for the administrator's list; they lock nothing.
 *
 * <p>No enumeration (security review L1, R-15): an unknown username, a disabled account and any wrong factor
 * fail the same way, and they lock the same way: 401 four times and then 423 with the same {@code Retry-After}.
 * Every path runs one BCrypt comparison of the same cost before anything else (an unknown name against a dummy
 * hash), so the answer's timing does not tell them apart either.
 */
@Service
public class StaffLogin {

    /** Consecutive failures of one name from one address that lock that name from that address. */
    public static final int MAX_FAILURES = 5;
    /** Consecutive failures from one address, over any names, that lock every name from that address. */
    public static final int ADDRESS_MAX_FAILURES = 50;
    /** How long a lockout lasts. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** How long the failures of a name (or an address) are remembered after its last try. */
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
     * @param clientAddress the caller's address as web-common's {@code ClientAddresses} finds it (the TCP peer,
     *     or behind a trusted proxy the forwarded client), the key of the lockout with the username
     * @throws DomainException of kind UNAUTHENTICATED for any wrong or unknown credential, FORBIDDEN (type
     *     {@code password-expired}) for right credentials with a password older than the policy allows, and an
     *     {@link AccountLockedException} (LOCKED, with the seconds to wait) while the account is locked
     */
    @Transactional(noRollbackFor = DomainException.class)
    public StaffIdentity logIn(StaffCredentials credentials, String clientAddress) {
        return logIn(credentials, clientAddress, false);
    }

    /**
     * Checks the credentials like {@link #logIn} for a password change ({@code POST /auth/password}): an expired
     * password is accepted here, and only here.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public StaffIdentity logInToChangePassword(StaffCredentials credentials, String clientAddress) {
        return logIn(credentials, clientAddress, true);
    }

    private StaffIdentity logIn(StaffCredentials credentials, String clientAddress, boolean changingPassword) {
        StaffAccount account =
                accounts.selectByUsernameForUpdate(credentials.username()).orElse(null);
        Instant now = clock.now();
        boolean passwordOk =
                passwordMatches(credentials.password(), account == null ? unknownUserHash : account.passwordHash());
        String who = account == null ? credentials.username() : String.valueOf(account.id());
        String address = clientAddress == null ? "" : clientAddress;
        Lock name = lock(cipher.blindIndex("staff-login:" + nameOf(credentials) + "@" + address), now);
        Lock from = lock(cipher.blindIndex("staff-login-address:" + address), now);
        Instant lockedUntil = later(name.lockedUntil(now), from.lockedUntil(now));
        if (lockedUntil != null) {
            audited(who, AuditActions.ACCOUNT_LOCKED, "login while locked from this address", AuditOutcome.DENIED);
            throw locked(lockedUntil, now);
        }
        if (account == null) {
            throw failure(null, who, name, from, now, "unknown username");
        }
        if (!account.enabled()) {
            throw failure(account, who, name, from, now, "account disabled");
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
            throw failure(account, who, name, from, now, "wrong password or code");
        }
        if (!changingPassword && ages.expired(account.id())) {
            // right credentials, but the password is too old: refused without counting a failure, and without
            // spending the TOTP step, so the same code can go with the change (POST /auth/password)
            audited(who, AuditActions.LOGIN_FAILED, "password expired", AuditOutcome.FAILURE);
            throw new DomainException(ProblemKind.FORBIDDEN, "account.password.expired").withType("password-expired");
        }
        accounts.updateLoginSuccess(new LoginSuccess(account.id(), step.getAsLong(), now));
        name.clear(now);
        from.clear(now);
        audited(who, AuditActions.LOGIN, "password and TOTP", AuditOutcome.SUCCESS);
        return identityOf(account);
    }

    private static String nameOf(StaffCredentials credentials) {
        return credentials.username() == null ? "" : credentials.username();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /**
     * Counts one failure of the name at the address and of the address: 401 until the name reaches
     * {@value #MAX_FAILURES} or the address {@value #ADDRESS_MAX_FAILURES} in a row, then 423 for
     * {@link #LOCK_DURATION}. A known account's own columns record the run for the administrator's list.
     */
    private DomainException failure(StaffAccount account, String who, Lock name, Lock from, Instant now, String cause) {
        Instant until = now.plus(LOCK_DURATION);
        int failures = name.fail(MAX_FAILURES, until, now);
        boolean addressLocked = from.fail(ADDRESS_MAX_FAILURES, until, now) == 0;
        boolean nameLocked = failures == 0;
        if (account != null) {
            int run = account.failedAttempts() + 1;
            accounts.updateLoginFailure(
                    new LoginFailure(account.id(), nameLocked ? 0 : run, nameLocked ? until : null, now));
        }
        audited(
                who,
                AuditActions.LOGIN_FAILED,
                cause + (nameLocked ? ", locked from this address" : ", failure " + failures),
                AuditOutcome.FAILURE);
        if (!nameLocked && !addressLocked) {
            return badCredentials();
        }
        audited(
                who,
                AuditActions.ACCOUNT_LOCKED,
                (addressLocked ? "address locked until " : "locked from this address until ") + until,
                AuditOutcome.DENIED);
        if (account != null) {
            log.warn("Staff account {} locked from one address until {}", account.id(), until);
        } else if (addressLocked) {
            log.warn(
                    "A client address locked for all names until {} after {} failed logins",
                    until,
                    ADDRESS_MAX_FAILURES);
        }
        return locked(until, now);
    }

    private Lock lock(String hash, Instant now) {
        names.insertIfAbsent(hash, now);
        return new Lock(names.selectForUpdate(hash).orElse(new LoginNameLockMapper.NameLock(hash, 0, null, now)));
    }

    /** One row of {@code login_name_lock}, read for update at the start of the attempt. */
    private final class Lock {

        private final LoginNameLockMapper.NameLock row;

        Lock(LoginNameLockMapper.NameLock row) {
            this.row = row;
        }

        Instant lockedUntil(Instant now) {
            return row.lockedAt(now) ? row.lockedUntil() : null;
        }

        /** Counts a failure; returns the run so far, or 0 when this failure locked it until {@code until}. */
        int fail(int max, Instant until, Instant now) {
            int failures = row.failedAttempts() + 1;
            boolean locks = failures >= max;
            names.update(
                    new LoginNameLockMapper.NameLock(row.nameHash(), locks ? 0 : failures, locks ? until : null, now));
            return locks ? 0 : failures;
        }

        void clear(Instant now) {
            if (row.failedAttempts() > 0 || row.lockedUntil() != null) {
                names.update(new LoginNameLockMapper.NameLock(row.nameHash(), 0, null, now));
            }
        }
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
