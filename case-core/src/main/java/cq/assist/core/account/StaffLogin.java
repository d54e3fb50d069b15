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
 * An unknown username, a disabled account and any wrong factor all fail the same way.
 */
@Service
public class StaffLogin {

    /** Consecutive failures that lock the account. */
    public static final int MAX_FAILURES = 5;
    /** How long a lockout lasts. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(StaffLogin.class);

    private final StaffAccountMapper accounts;
    private final TotpVerifier totp;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final AuditRecorder audit;
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
    private final String unknownUserHash = passwords.encode(UUID.randomUUID().toString());

    public StaffLogin(
            StaffAccountMapper accounts,
            TotpVerifier totp,
            PiiCipher cipher,
            BusinessClock clock,
            AuditRecorder audit) {
        this.accounts = accounts;
        this.totp = totp;
        this.cipher = cipher;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Checks the credentials and returns who logged in.
     *
     * @throws DomainException of kind UNAUTHENTICATED for any wrong or unknown credential, and an
     *     {@link AccountLockedException} (LOCKED, with the seconds to wait) while the account is locked
     */
    @Transactional(noRollbackFor = DomainException.class)
    public StaffIdentity logIn(StaffCredentials credentials) {
        StaffAccount account =
                accounts.selectByUsernameForUpdate(credentials.username()).orElse(null);
        if (account == null) {
            passwordMatches(credentials.password(), unknownUserHash);
            audited(credentials.username(), AuditActions.LOGIN_FAILED, "unknown username", AuditOutcome.FAILURE);
            throw badCredentials();
        }
        String who = String.valueOf(account.id());
        Instant now = clock.now();
        if (account.lockedAt(now)) {
            audited(who, AuditActions.ACCOUNT_LOCKED, "login while locked", AuditOutcome.DENIED);
            throw locked(account.lockedUntil(), now);
        }
        boolean passwordOk = passwordMatches(credentials.password(), account.passwordHash());
        if (!account.enabled()) {
            audited(who, AuditActions.LOGIN_FAILED, "account disabled", AuditOutcome.FAILURE);
            throw badCredentials();
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
            throw recordFailure(account, now);
        }
        accounts.updateLoginSuccess(new LoginSuccess(account.id(), step.getAsLong(), now));
        audited(who, AuditActions.LOGIN, "password and TOTP", AuditOutcome.SUCCESS);
        return identityOf(account);
    }

    private DomainException recordFailure(StaffAccount account, Instant now) {
        int failures = account.failedAttempts() + 1;
        String who = String.valueOf(account.id());
        if (failures < MAX_FAILURES) {
            accounts.updateLoginFailure(new LoginFailure(account.id(), failures, null, now));
            audited(
                    who,
                    AuditActions.LOGIN_FAILED,
                    "wrong password or code, failure " + failures,
                    AuditOutcome.FAILURE);
            return badCredentials();
        }
        Instant until = now.plus(LOCK_DURATION);
        accounts.updateLoginFailure(new LoginFailure(account.id(), 0, until, now));
        audited(who, AuditActions.LOGIN_FAILED, "wrong password or code, failure " + failures, AuditOutcome.FAILURE);
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
