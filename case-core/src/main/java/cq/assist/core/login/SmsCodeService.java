package cq.assist.core.login;

import cq.assist.core.common.DomainException;
import cq.assist.core.notify.SmsGateway;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
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
 * for 5 minutes; the table holds only {@code seal(phoneHash:code)}. Limits: 5 codes per phone and
 * {@code assist.sms.per-ip-limit} (30) per address in 10 minutes. After 5 wrong guesses for a phone
 * its outstanding codes are invalidated. Requests for one phone are serialised on a lock row, so
 * concurrent requests cannot both slip under the limit.
 */
@Service
public class SmsCodeService implements SmsCodes {

    /** How long a code is valid. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Wrong guesses after which a phone's outstanding codes are void. */
    public static final int MAX_FAILURES = 5;

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final SmsCodeMapper codes;
    private final PhoneLockRows lockRows;
    private final SmsGateway gateway;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final MessageSource messages;
    private final RateWindow perPhone;
    private final RateWindow perIp;
    private final SecureRandom random = new SecureRandom();

    SmsCodeService(
            SmsCodeMapper codes,
            PhoneLockRows lockRows,
            SmsGateway gateway,
            PiiCipher cipher,
            BusinessClock clock,
            MessageSource messages,
            @Value("${assist.sms.per-phone-limit:5}") int perPhoneLimit,
            @Value("${assist.sms.per-ip-limit:30}") int perIpLimit) {
        this.codes = codes;
        this.lockRows = lockRows;
        this.gateway = gateway;
        this.cipher = cipher;
        this.clock = clock;
        this.messages = messages;
        this.perPhone = new RateWindow(perPhoneLimit, WINDOW);
        this.perIp = new RateWindow(perIpLimit, WINDOW);
    }

    @Override
    @Transactional
    public void send(String phone, String clientIp) {
        Instant now = clock.now();
        String phoneHash = cipher.blindIndex(phone);
        String ipHash = clientIp == null ? null : cipher.blindIndex("ip:" + clientIp);
        lockRows.ensure(phoneHash);
        codes.selectPhoneLockForUpdate(phoneHash);
        refuseIfOver(
                perPhone.retryAfter(codes.selectCreatedSinceByPhone(phoneHash, perPhone.since(now)), now),
                "sms.too-many-requests");
        if (ipHash != null) {
            refuseIfOver(
                    perIp.retryAfter(codes.selectCreatedSinceByIp(ipHash, perIp.since(now)), now),
                    "sms.too-many-requests");
        }
        String code = newCode();
        codes.insert(new SmsCodeRow(null, phoneHash, codeHash(phoneHash, code), ipHash, now, now.plus(LIFETIME)));
        String text = messages.getMessage("sms.login-code", new Object[] {code}, Locale.SIMPLIFIED_CHINESE);
        gateway.send(phone, text, code);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Runs in its own transaction, so a code once consumed stays consumed and a wrong guess stays
     * counted even when the caller's transaction rolls back.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean consume(String phone, String code) {
        if (phone == null || code == null || !CODE.matcher(code).matches()) {
            return false;
        }
        Instant now = clock.now();
        String phoneHash = cipher.blindIndex(phone);
        Long id = codes.selectOutstandingId(phoneHash, codeHash(phoneHash, code), now);
        if (id != null && codes.updateUsed(id, now) == 1) {
            return true;
        }
        if (id == null) {
            codes.updateFailedAttempts(phoneHash, now);
            codes.updateUsedAfterFailures(phoneHash, MAX_FAILURES, now);
        }
        return false;
    }

    private static void refuseIfOver(OptionalLong retryAfter, String messageKey) {
        if (retryAfter.isPresent()) {
            throw DomainException.tooManyRequests(messageKey, retryAfter.getAsLong());
        }
    }

    String newCode() {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    private String codeHash(String phoneHash, String code) {
        return cipher.seal("sms-code:" + phoneHash + ":" + code);
    }
}
