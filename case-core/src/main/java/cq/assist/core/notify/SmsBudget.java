package cq.assist.core.notify;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one gate every outbound SMS of a person passes (the only caller of {@link SmsGateway}): login codes,
 * co-signing codes, co-signer reminders and status messages to applicants ({@link ApplicantMessages}) count against a daily budget per destination phone ({@code assist.sms.daily-per-phone},
 * default 10 in 24 hours) and, for texts sent on an application's behalf, per applicant
 * ({@code assist.sms.daily-per-applicant}, default 30 in 24 hours). A text over a budget is not sent.
 * Callers serialise per phone (the phone's lock row) where a race matters. Publishes an {@link SmsOutcome}
 * for every text sent or refused.
 */
@Service
public class SmsBudget implements OutboundSms {

    /** What a text is, recorded with it. */
    public enum Kind {
        LOGIN_CODE,
        COSIGN_CODE,
        REMINDER,
        MESSAGE
    }

    private static final Duration DAY = Duration.ofHours(24);

    private final SmsSendLogMapper log;
    private final SmsGateway gateway;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final int perPhone;
    private final int perApplicant;
    private final ApplicationEventPublisher events;

    SmsBudget(
            SmsSendLogMapper log,
            SmsGateway gateway,
            PiiCipher cipher,
            BusinessClock clock,
            @Value("${assist.sms.daily-per-phone:10}") int perPhone,
            @Value("${assist.sms.daily-per-applicant:30}") int perApplicant,
            ApplicationEventPublisher events) {
        this.log = log;
        this.gateway = gateway;
        this.cipher = cipher;
        this.clock = clock;
        this.perPhone = perPhone;
        this.perApplicant = perApplicant;
        this.events = events;
    }

    /**
     * Whether one more text to this phone (for this applicant) fits today's budgets.
     *
     * @param phone the 11-digit destination
     * @param applicantKey blind index of the applicant's ID number, or null for a text of no application
     */
    public boolean allows(String phone, String applicantKey) {
        Instant since = clock.now().minus(DAY);
        long toPhone = cipher.blindIndexes(phone).stream()
                .mapToLong(hash -> log.countByPhoneSince(hash, since))
                .sum();
        if (toPhone >= perPhone) {
            return false;
        }
        return applicantKey == null || log.countByApplicantSince(applicantKey, since) < perApplicant;
    }

    /**
     * Sends the text if it fits the budgets, and records it.
     *
     * @return false (nothing sent) when a budget is used up
     */
    @Override
    public boolean send(String phone, String text, String code, String applicantKey, Kind kind) {
        if (!allows(phone, applicantKey)) {
            events.publishEvent(new SmsOutcome(kind, false));
            return false;
        }
        log.insert(cipher.blindIndex(phone), applicantKey, kind.name(), clock.now());
        gateway.send(phone, text, code);
        events.publishEvent(new SmsOutcome(kind, true));
        return true;
    }

    /** The seconds until the phone's oldest text of the day leaves the window (at least 1). */
    public long retryAfterSeconds(String phone) {
        Instant since = clock.now().minus(DAY);
        Instant oldest = cipher.blindIndexes(phone).stream()
                .map(hash -> log.selectOldestByPhoneSince(hash, since))
                .filter(java.util.Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
        if (oldest == null) {
            return 1;
        }
        return Math.max(1, Duration.between(clock.now(), oldest.plus(DAY)).toSeconds());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SmsBudget[perPhone=%d, perApplicant=%d]", perPhone, perApplicant);
    }
}
