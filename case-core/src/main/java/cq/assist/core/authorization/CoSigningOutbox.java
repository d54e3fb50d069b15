package cq.assist.core.authorization;

import cq.assist.core.identity.PhonesOnFile;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.notify.SmsOutbox.OutboxMessage;
import cq.assist.core.pii.PiiCipher;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads the demo outbox for a co-signing link: the texts "sent" to the phone on file of the member the link
 * is for, so the demo's co-signing page can show its code without the person knowing that phone. Like
 * {@link SmsOutbox} it returns full codes, so it must never back an endpoint outside the demo profile.
 */
@Service
public class CoSigningOutbox {

    private final OpenTokens openTokens;
    private final PhonesOnFile phones;
    private final PiiCipher cipher;
    private final SmsOutbox outbox;

    CoSigningOutbox(OpenTokens openTokens, PhonesOnFile phones, PiiCipher cipher, SmsOutbox outbox) {
        this.openTokens = openTokens;
        this.phones = phones;
        this.cipher = cipher;
        this.outbox = outbox;
    }

    /**
     * The messages to the link's member's phone on file, newest first; empty when the member has none.
     *
     * @throws cq.assist.core.common.DomainException NOT_FOUND for an unknown token, GONE for a used or expired one
     */
    public List<OutboxMessage> messagesFor(String token) {
        OpenToken open = openTokens.find(token, false);
        return phones.lookUpMember(
                        open.member().applicationId(),
                        open.member().seq(),
                        open.member().idNumberEnc(),
                        cipher)
                .map(onFile -> outbox.messagesTo(onFile.phone()))
                .orElse(List.of());
    }
}
