package cq.assist.core.login;

import cq.assist.core.common.PeriodicRound;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets, every hour on every node, the rows of {@code sms_phone_lock} whose 24-hour failure window started
 * more than {@link #KEPT} (48 hours) ago and that lock or guard nothing any more: the rows of a phone at a client
 * address and of an address would otherwise grow with every address that ever typed a wrong code. Runs in a
 * transaction of its own, never inside a login. Deleting the same rows on two nodes is harmless.
 */
@Component
public class SmsPhoneLockSweep extends PeriodicRound {

    /** How long after its window started an idle row is kept (twice the 24-hour window). */
    public static final Duration KEPT = Duration.ofHours(48);

    private static final Logger LOG = LoggerFactory.getLogger(SmsPhoneLockSweep.class);

    private final SmsCodeMapper codes;
    private final BusinessClock clock;

    SmsPhoneLockSweep(SmsCodeMapper codes, BusinessClock clock) {
        super("sms-phone-lock-sweep", Duration.ofMinutes(1), Duration.ofHours(1));
        this.codes = codes;
        this.clock = clock;
    }

    /** Deletes the idle rows; returns how many. */
    @Transactional
    public int sweep() {
        return codes.deleteIdleFailureRows(clock.now().minus(KEPT));
    }

    @Override
    protected void runRound() {
        int deleted = sweep();
        if (deleted > 0) {
            LOG.info("Forgot {} idle SMS failure row(s)", deleted);
        }
    }
}
