package cq.assist.core.notify;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo stand-in for the operator's SMS gateway: nothing leaves the system; each text is written,
 * encrypted, to {@code sms_outbox}, which the demo profile's {@code GET /api/v1/dev/sms-outbox} and
 * tests read through {@link SmsOutbox}. Active when {@code assist.sms.gateway=outbox} (the default); a
 * production deployment sets another value and supplies its own {@link SmsGateway} bean.
 */
@Component
@ConditionalOnProperty(name = "assist.sms.gateway", havingValue = "outbox", matchIfMissing = true)
public class OutboxSmsGateway implements SmsGateway {

    private final SmsOutboxMapper outbox;
    private final PiiCipher cipher;
    private final BusinessClock clock;

    OutboxSmsGateway(SmsOutboxMapper outbox, PiiCipher cipher, BusinessClock clock) {
        this.outbox = outbox;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public void send(String phone, String text, String code) {
        String phoneHash = cipher.blindIndex(phone);
        outbox.insert(new SmsOutboxRow(
                null,
                phoneHash,
                cipher.encrypt(cq.assist.core.pii.PiiField.OUTBOX_PHONE, phoneHash, phone),
                cipher.encrypt(cq.assist.core.pii.PiiField.OUTBOX_TEXT, phoneHash, text),
                cipher.encrypt(cq.assist.core.pii.PiiField.OUTBOX_CODE, phoneHash, code),
                clock.now()));
    }
}
