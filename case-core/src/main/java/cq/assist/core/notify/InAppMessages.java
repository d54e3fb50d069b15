package cq.assist.core.notify;

import cq.assist.core.common.DomainException;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.time.BusinessClock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app messages to residents ({@code GET /notifications}). Other steps tell the applicant of an
 * application with {@link #tell(String, String, String)}: the message is addressed to the applicant as a
 * person (the ID number's blind index), so whichever account is real-name bound to the applicant sees it,
 * also for a worker's proxy filing, and to the account that filed it itself. Texts are encrypted at rest.
 * Joins the caller's transaction.
 */
@Service
public class InAppMessages {

    /** Largest number of messages listed at once. */
    public static final int MAX_LISTED = 200;

    private final InAppMessageMapper messages;
    private final MessageAddressees addressees;
    private final PiiCipher cipher;
    private final BusinessClock clock;

    public InAppMessages(
            InAppMessageMapper messages, MessageAddressees addressees, PiiCipher cipher, BusinessClock clock) {
        this.messages = messages;
        this.addressees = addressees;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Tells the applicant of an application.
     *
     * @param applicationId the application; nothing happens when it does not exist
     * @param title a short title in Chinese
     * @param text the message in Chinese; must not carry ID numbers or phones
     */
    @Transactional
    public void tell(String applicationId, String title, String text) {
        MessageAddressees.Addressee to = addressees.ofApplication(applicationId).orElse(null);
        if (to == null) {
            return;
        }
        messages.insert(new InAppMessageRow(
                null,
                to.selfFilerAccountId(),
                to.applicantIdNumberHash(),
                applicationId,
                title,
                cipher.encrypt(
                        PiiField.MESSAGE_TEXT,
                        PiiField.rowKey(to.selfFilerAccountId(), to.applicantIdNumberHash(), applicationId),
                        text),
                clock.now(),
                null));
    }

    /** Tells one account (no application). */
    @Transactional
    public void tellAccount(String accountId, String title, String text) {
        messages.insert(new InAppMessageRow(
                null,
                accountId,
                null,
                null,
                title,
                cipher.encrypt(PiiField.MESSAGE_TEXT, PiiField.rowKey(accountId, null, null), text),
                clock.now(),
                null));
    }

    /**
     * The reader's messages, newest first (at most {@value #MAX_LISTED}).
     *
     * @param accountId the reader's account
     * @param personIdHashes blind indexes of the person the account is bound to under every configured
     *     index-key version ({@code PiiCipher.blindIndexes}), empty while unbound
     */
    @Transactional(readOnly = true)
    public List<Message> of(String accountId, List<String> personIdHashes) {
        return messages.selectFor(accountId, personIdHashes, MAX_LISTED).stream()
                .map(row -> new Message(
                        row.id(),
                        row.createdAt(),
                        row.title(),
                        cipher.decrypt(
                                PiiField.MESSAGE_TEXT,
                                PiiField.rowKey(row.recipientAccountId(), row.recipientIdHash(), row.applicationId()),
                                row.textEnc()),
                        row.applicationId(),
                        row.readAt() != null))
                .toList();
    }

    /**
     * Marks one of the reader's messages read.
     *
     * @throws DomainException NOT_FOUND when it is not the reader's
     */
    @Transactional
    public void markRead(String accountId, List<String> personIdHashes, long id) {
        if (messages.updateRead(id, accountId, personIdHashes, clock.now()) == 0
                && messages.countFor(id, accountId, personIdHashes) == 0) {
            throw DomainException.notFound("notify.message.notFound");
        }
    }

    /** One message as the reader sees it. */
    public record Message(long id, Instant at, String title, String text, String applicationId, boolean read) {}
}
