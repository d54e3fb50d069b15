package cq.assist.core.login;

import cq.assist.core.common.DomainException;
import cq.assist.core.notify.OutboundSms;
import cq.assist.core.notify.SmsBudget;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SmsCodes} over the {@code sms_code} table. A code is 6 digits from {@link SecureRandom}, valid
 * for 5 minutes; the table holds only {@code seal(purpose:phoneHash:code)}, so a code is bound to its
 * purpose. Limits: 5 codes per phone and {@code assist.sms.per-ip-limit} (30) per address in 10
 * minutes, plus the daily budgets of {@link SmsBudget}. Guessing: after 5 wrong guesses a phone's
 * outstanding codes are void, and after {@value #MAX_DAILY_FAILURES} wrong codes in 24 hours, across
 * codes, the phone accepts no code for 24 hours. Sending and checking for one phone are serialised on
 * its lock row, so concurrent requests or guesses are counted one after the other.
 */
@Service
public class SmsCodeService implements SmsCodes {

    /** How long a code is valid. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Wrong guesses after which a phone's outstanding codes are void. */
    public static final int MAX_FAILURES = 5;
    /** Wrong codes in 24 hours, across codes, after which the phone is locked for 24 hours. */
    public static final int MAX_DAILY_FAILURES = 10;

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration DAY = Duration.ofHours(24);
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final SmsCodeMapper codes;
    private final PhoneLockRows lockRows;
    private final OutboundSms sms;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final MessageSource messages;
    private final RateWindow perPhone;
    private final RateWindow perIp;
    private final SecureRandom random = new SecureRandom();

    SmsCodeService(
            SmsCodeMapper codes,
            PhoneLockRows lockRows,
            OutboundSms sms,
            PiiCipher cipher,
            BusinessClock clock,
            MessageSource messages,
            @Value("${assist.sms.per-phone-limit:5}") int perPhoneLimit,
            @Value("${assist.sms.per-ip-limit:30}") int perIpLimit) {
        this.codes = codes;
        this.lockRows = lockRows;
        this.sms = sms;
        this.cipher = cipher;
        this.clock = clock;
        this.messages = messages;
        this.perPhone = new RateWindow(perPhoneLimit, WINDOW);
        this.perIp = new RateWindow(perIpLimit, WINDOW);
    }

    /** A login code; transactional itself (a default method called through the proxy would not be). */
    @Override
    @Transactional
    public void send(String phone, String clientIp) {
        send(phone, clientIp, LOGIN, null);
    }

    /** Consumes a login code, in its own transaction like {@link #consume(String, String, String)}. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean consume(String phone, String code) {
        return consume(phone, code, LOGIN);
    }

    @Override
    @Transactional
    public void send(String phone, String clientIp, String purpose, String applicantKey) {
        Instant now = clock.now();
        String phoneHash = cipher.blindIndex(phone);
        String ipHash = clientIp == null ? null : cipher.blindIndex("ip:" + clientIp);
        PhoneLockRow lock = lock(phoneHash);
        Instant lockedUntil = lockedUntil(phone, lock);
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            throw DomainException.tooManyRequests(
                    "sms.phone-locked",
                    Math.max(1, Duration.between(now, lockedUntil).toSeconds()));
        }
        refuseIfOver(
                perPhone.retryAfter(codes.selectCreatedSinceByPhone(phoneHash, perPhone.since(now)), now),
                "sms.too-many-requests");
        if (ipHash != null) {
            refuseIfOver(
                    perIp.retryAfter(codes.selectCreatedSinceByIp(ipHash, perIp.since(now)), now),
                    "sms.too-many-requests");
        }
        String code = newCode();
        String key = LOGIN.equals(purpose) ? "sms.login-code" : "sms.cosign-code";
        String text = messages.getMessage(key, new Object[] {code}, Locale.SIMPLIFIED_CHINESE);
        SmsBudget.Kind kind = LOGIN.equals(purpose) ? SmsBudget.Kind.LOGIN_CODE : SmsBudget.Kind.COSIGN_CODE;
        if (!sms.send(phone, text, code, applicantKey, kind)) {
            throw DomainException.tooManyRequests("sms.daily-budget", DAY.toSeconds());
        }
        codes.insert(
                new SmsCodeRow(null, phoneHash, codeHash(purpose, phoneHash, code), ipHash, now, now.plus(LIFETIME)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs in its own transaction, locked on the phone's row, so a code once consumed stays consumed,
     * a wrong guess stays counted even when the caller's transaction rolls back, and concurrent guesses
     * are judged one at a time.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean consume(String phone, String code, String purpose) {
        if (phone == null || purpose == null) {
            return false;
        }
        Instant now = clock.now();
        String phoneHash = cipher.blindIndex(phone);
        PhoneLockRow lock = lock(phoneHash);
        Instant lockedUntil = lockedUntil(phone, lock);
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return false;
        }
        List<String> phoneHashes = cipher.blindIndexes(phone);
        Long id = null;
        if (code != null && CODE.matcher(code).matches()) {
            // a code sent just before a record-key or index-key rotation was hashed under the keys before
            for (String underIndex : phoneHashes) {
                for (String hash : cipher.seals(PiiCipher.Purpose.SMS_CODE, purpose + ":" + underIndex + ":" + code)) {
                    id = id == null ? codes.selectOutstandingId(underIndex, hash, now) : id;
                }
            }
        }
        if (id != null && codes.updateUsed(id, now) == 1) {
            return true;
        }
        for (String underIndex : phoneHashes) {
            codes.updateFailedAttempts(underIndex, now);
            codes.updateUsedAfterFailures(underIndex, MAX_FAILURES, now);
        }
        countFailure(phoneHash, lock, now);
        return false;
    }

    private void countFailure(String phoneHash, PhoneLockRow lock, Instant now) {
        boolean fresh = lock.failedWindowStart() == null
                || !lock.failedWindowStart().plus(DAY).isAfter(now);
        int failures = fresh ? 1 : lock.failedCount() + 1;
        Instant windowStart = fresh ? now : lock.failedWindowStart();
        Instant lockedUntil = null;
        if (failures >= MAX_DAILY_FAILURES) {
            lockedUntil = now.plus(DAY);
            codes.updateUsedAfterFailures(phoneHash, 0, now);
        }
        codes.updatePhoneLock(phoneHash, failures, windowStart, lockedUntil);
    }

    /**
     * When the phone is locked until: its lock row under the active index key, or a lock it got under an older
     * index-key version (still configured), whichever ends later; null when not locked.
     */
    private Instant lockedUntil(String phone, PhoneLockRow active) {
        Instant until = active.lockedUntil();
        for (String hash : cipher.blindIndexes(phone)) {
            if (hash.equals(active.phoneHash())) {
                continue;
            }
            PhoneLockRow older = codes.selectPhoneLockForUpdate(hash);
            if (older != null
                    && older.lockedUntil() != null
                    && (until == null || older.lockedUntil().isAfter(until))) {
                until = older.lockedUntil();
            }
        }
        return until;
    }

    private PhoneLockRow lock(String phoneHash) {
        lockRows.ensure(phoneHash);
        PhoneLockRow row = codes.selectPhoneLockForUpdate(phoneHash);
        return row == null ? new PhoneLockRow(phoneHash, 0, null, null) : row;
    }

    private static void refuseIfOver(OptionalLong retryAfter, String messageKey) {
        if (retryAfter.isPresent()) {
            throw DomainException.tooManyRequests(messageKey, retryAfter.getAsLong());
        }
    }

    String newCode() {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    private String codeHash(String purpose, String phoneHash, String code) {
        return cipher.seal(PiiCipher.Purpose.SMS_CODE, purpose + ":" + phoneHash + ":" + code);
    }
}
