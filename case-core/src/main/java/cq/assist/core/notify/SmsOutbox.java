package cq.assist.core.notify;

import cq.assist.core.pii.PiiCipher;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads the demo outbox written by {@link OutboxSmsGateway}: for the demo profile's dev endpoint and
 * for tests that need the code a phone was "sent". Returns full phones and codes, so it must never
 * back an endpoint outside the demo profile.
 */
@Service
public class SmsOutbox {

    private static final int MAX_MESSAGES = 50;

    private final SmsOutboxMapper outbox;
    private final PiiCipher cipher;

    SmsOutbox(SmsOutboxMapper outbox, PiiCipher cipher) {
        this.outbox = outbox;
        this.cipher = cipher;
    }

    /** The messages sent to this phone, newest first (at most 50); empty when none. */
    public List<OutboxMessage> messagesTo(String phone) {
        return cipher.blindIndexes(phone).stream()
                .flatMap(hash -> outbox.selectByPhoneHash(hash, MAX_MESSAGES).stream())
                .sorted(java.util.Comparator.comparing(SmsOutboxRow::sentAt).reversed())
                .limit(MAX_MESSAGES)
                .map(row -> new OutboxMessage(
                        cipher.decrypt(cq.assist.core.pii.PiiField.OUTBOX_PHONE, row.phoneHash(), row.phoneEnc()),
                        cipher.decrypt(cq.assist.core.pii.PiiField.OUTBOX_TEXT, row.phoneHash(), row.textEnc()),
                        cipher.decrypt(cq.assist.core.pii.PiiField.OUTBOX_CODE, row.phoneHash(), row.codeEnc()),
                        row.sentAt()))
                .toList();
    }

    /** The code of the newest message to this phone that carries one; fails when there is none. */
    public String latestCodeTo(String phone) {
        return messagesTo(phone).stream()
                .map(OutboxMessage::code)
                .filter(code -> code != null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no code in the outbox for this phone"));
    }

    /** One outbox message in the clear. {@code code} is null for texts without a code. */
    public record OutboxMessage(String phone, String text, String code, Instant sentAt) {}
}
