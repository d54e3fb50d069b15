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
 * minutes, plus the daily budgets of {@link SmsBudget}.
 *
 * <p>Guessing (security review M3, and L1's kind: a stranger must not be able to lock a resident out):
 * <ul>
 *   <li>after {@value #MAX_FAILURES} wrong guesses a phone's outstanding codes are void;
 *   <li>{@value #MAX_DAILY_FAILURES} wrong codes for one phone from one client address in 24 hours lock
 *       that phone <em>from that address</em> for 24 hours (no code sent or accepted there);
 *   <li>{@code assist.sms.address-daily-failures} (100) wrong codes from one address over any phones in
 *       24 hours lock that address for every phone for 24 hours (a success does not reset it: an attacker
 *       could log in to a phone of its own);
 *   <li>{@value #MAX_DAILY_FAILURES} wrong codes for one phone in 24 hours from anywhere, across codes, void
 *       its outstanding codes and <em>guard</em> the phone for 24 hours: it still gets codes, but a code is
 *       then accepted only from the address that asked for it. The owner, who asks and types on one phone,
 *       logs in as usual; guessers spread over many addresses can only guess the codes they asked for
 *       themselves, at most {@value #MAX_FAILURES} guesses each, within the phone's daily SMS budget.
 * </ul>
 * The counts live in {@code sms_phone_lock}: one row per phone (keyed by its blind index), one per phone at an
 * address and one per address (keyed by blind indexes of those), never a phone or address itself.
 * Sending and checking for one phone are serialised on the phone's row, so concurrent requests or guesses
 * are counted one after the other.
 */
@Service
public class SmsCodeService implements SmsCodes {

    /** How long a code is valid. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Wrong guesses after which a phone's outstanding codes are void. */
    public static final int MAX_FAILURES = 5;
    /**
     * Wrong codes in 24 hours, across codes, after which the phone is locked from that address, and (counted
     * from every address) guarded: its codes accepted only from the address that asked for them.
     */
    public static final int MAX_DAILY_FAILURES = 10;
    /** Stands for an unknown client address in the keys; a guarded phone's codes never match it. */
    private static final String NO_ADDRESS = "-";

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
    private final int addressDailyFailures;
    private final SecureRandom random = new SecureRandom();

    SmsCodeService(
            SmsCodeMapper codes,
            PhoneLockRows lockRows,
            OutboundSms sms,
            PiiCipher cipher,
            BusinessClock clock,
            MessageSource messages,
            @Value("${assist.sms.per-phone-limit:5}") int perPhoneLimit,
            @Value("${assist.sms.per-ip-limit:30}") int perIpLimit,
            @Value("${assist.sms.address-daily-failures:100}") int addressDailyFailures) {
        this.codes = codes;
        this.lockRows = lockRows;
        this.sms = sms;
        this.cipher = cipher;
        this.clock = clock;
        this.messages = messages;
        this.perPhone = new RateWindow(perPhoneLimit, WINDOW);
        this.perIp = new RateWindow(perIpLimit, WINDOW);
        this.addressDailyFailures = addressDailyFailures;
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
        lock(phoneHash);
        Instant lockedUntil = addressLockedUntil(phoneHash, clientIp, now);
        if (lockedUntil != null) {
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

    /** Consumes a code from an unknown address, in its own transaction like the four-argument form. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean consume(String phone, String code, String purpose) {
        return consume(phone, code, purpose, null);
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
    public boolean consume(String phone, String code, String purpose, String clientIp) {
        if (phone == null || purpose == null) {
            return false;
        }
        Instant now = clock.now();
        String phoneHash = cipher.blindIndex(phone);
        PhoneLockRow lock = lock(phoneHash);
        if (addressLockedUntil(phoneHash, clientIp, now) != null) {
            return false;
        }
        Instant guardedUntil = guardedUntil(phone, lock);
        String fromIpHash = guardedUntil == null || !guardedUntil.isAfter(now)
                ? null
                : cipher.blindIndex("ip:" + (clientIp == null ? NO_ADDRESS : clientIp));
        List<String> phoneHashes = cipher.blindIndexes(phone);
        Long id = null;
        if (code != null && CODE.matcher(code).matches()) {
            // a code sent just before a record-key or index-key rotation was hashed under the keys before
            for (String underIndex : phoneHashes) {
                for (String hash : cipher.seals(PiiCipher.Purpose.SMS_CODE, purpose + ":" + underIndex + ":" + code)) {
                    id = id == null ? codes.selectOutstandingId(underIndex, hash, fromIpHash, now) : id;
                }
            }
        }
        if (id != null && codes.updateUsed(id, now) == 1) {
            clearPair(phoneHash, clientIp);
            return true;
        }
        for (String underIndex : phoneHashes) {
            codes.updateFailedAttempts(underIndex, now);
            codes.updateUsedAfterFailures(underIndex, MAX_FAILURES, now);
        }
        if (countFailure(lock, MAX_DAILY_FAILURES, now)) {
            codes.updateUsedAfterFailures(phoneHash, 0, now);
        }
        countFailure(lock(pairKey(phoneHash, clientIp)), MAX_DAILY_FAILURES, now);
        countFailure(lock(addressKey(clientIp)), addressDailyFailures, now);
        return false;
    }

    /**
     * Counts one wrong code on a row of {@code sms_phone_lock} (held for update) in its 24-hour window; returns
     * true when this failure reached {@code max} and set the row's lock (or guard) for 24 hours.
     */
    private boolean countFailure(PhoneLockRow row, int max, Instant now) {
        boolean fresh = row.failedWindowStart() == null
                || !row.failedWindowStart().plus(DAY).isAfter(now);
        int failures = fresh ? 1 : row.failedCount() + 1;
        Instant windowStart = fresh ? now : row.failedWindowStart();
        boolean locks = failures == max;
        Instant lockedUntil = locks ? now.plus(DAY) : row.lockedUntil();
        codes.updatePhoneLock(row.phoneHash(), failures, windowStart, lockedUntil);
        return locks;
    }

    /**
     * A success clears the run of failures of the phone at this address (never the address's own count). No lock
     * of its own is needed: every writer of a phone-at-address row holds the phone's row.
     */
    private void clearPair(String phoneHash, String clientIp) {
        String key = pairKey(phoneHash, clientIp);
        PhoneLockRow row = codes.selectPhoneLock(key);
        if (row != null && row.failedCount() > 0) {
            codes.updatePhoneLock(key, 0, null, null);
        }
    }

    /**
     * Until when codes for this phone are refused from this address, by the phone-at-address or the address
     * lock; null when neither is in force. Reads without locking: these rows are locked only to count a failure.
     */
    private Instant addressLockedUntil(String phoneHash, String clientIp, Instant now) {
        Instant until = null;
        for (String key : List.of(pairKey(phoneHash, clientIp), addressKey(clientIp))) {
            PhoneLockRow row = codes.selectPhoneLock(key);
            if (row != null
                    && row.lockedUntil() != null
                    && row.lockedUntil().isAfter(now)
                    && (until == null || row.lockedUntil().isAfter(until))) {
                until = row.lockedUntil();
            }
        }
        return until;
    }

    private String pairKey(String phoneHash, String clientIp) {
        return cipher.blindIndex("sms-code:" + phoneHash + "@" + (clientIp == null ? NO_ADDRESS : clientIp));
    }

    private String addressKey(String clientIp) {
        return cipher.blindIndex("sms-code-address:" + (clientIp == null ? NO_ADDRESS : clientIp));
    }

    /**
     * Until when the phone is guarded: its row under the active index key, or a guard it got under an older
     * index-key version (still configured), whichever ends later; null when never guarded.
     */
    private Instant guardedUntil(String phone, PhoneLockRow active) {
        Instant until = active.lockedUntil();
        for (String hash : cipher.blindIndexes(phone)) {
            if (hash.equals(active.phoneHash())) {
                continue;
            }
            PhoneLockRow older = codes.selectPhoneLock(hash);
            if (older != null
                    && older.lockedUntil() != null
                    && (until == null || older.lockedUntil().isAfter(until))) {
                until = older.lockedUntil();
            }
        }
        return until;
    }

    /**
     * The row of a key, created in a transaction of its own if missing and then locked for update. The sweep
     * ({@link SmsPhoneLockSweep}) may delete an idle row between the two; the row is then created again.
     */
    private PhoneLockRow lock(String key) {
        for (int attempt = 0; attempt < 2; attempt++) {
            lockRows.ensure(key);
            PhoneLockRow row = codes.selectPhoneLockForUpdate(key);
            if (row != null) {
                return row;
            }
        }
        return new PhoneLockRow(key, 0, null, null);
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
