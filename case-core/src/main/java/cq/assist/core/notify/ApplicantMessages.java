package cq.assist.core.notify;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages to an application's applicant through an outbox ({@code application_notice}): a message is
 * written in the caller's transaction, at most once per application, code and channel; an SMS leaves only after
 * that transaction commits, and only by the one caller that marks it sent — so a retried job or a rolled-back
 * transaction never sends twice. Every SMS goes through the daily budgets of {@link OutboundSms} ({@link SmsBudget},
 * {@link SmsBudget.Kind#MESSAGE}), like codes and reminders: a phone at its budget gets no status SMS (the budget
 * counts the refusal as an {@link SmsOutcome}, a warning names the application and message code, and the message
 * is not tried again); the in-app message (the caller's {@code tell} to the applicant's inbox, or this outbox's
 * {@link #APP} channel) stands.
 */
@Service
public class ApplicantMessages {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApplicantMessages.class);

    /** In-app message (shown in the application view). */
    public static final String APP = "APP";
    /** SMS to the applicant's phone. */
    public static final String SMS = "SMS";

    private final ApplicantMessageMapper applicantMessages;
    private final MessageAddressees addressees;
    private final PiiCipher cipher;
    private final OutboundSms sms;
    private final BusinessClock clock;
    private final TransactionTemplate afterCommit;

    /**
     * @param sms the budgeted way out ({@link SmsBudget}); never the {@link SmsGateway} itself
     */
    public ApplicantMessages(
            ApplicantMessageMapper applicantMessages,
            MessageAddressees addressees,
            PiiCipher cipher,
            OutboundSms sms,
            BusinessClock clock,
            PlatformTransactionManager transactions) {
        this.applicantMessages = applicantMessages;
        this.addressees = addressees;
        this.cipher = cipher;
        this.sms = sms;
        this.clock = clock;
        this.afterCommit = new TransactionTemplate(transactions);
        this.afterCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Queues a message; an SMS is sent after the current transaction commits. Returns false if queued before. */
    @Transactional
    public boolean queue(String applicationId, String messageCode, String channel, String textZh) {
        boolean inserted = applicantMessages.insertIgnore(
                        new ApplicantMessageRow(null, applicationId, messageCode, channel, textZh, null, clock.now()))
                == 1;
        if (inserted && SMS.equals(channel)) {
            ApplicantMessageRow row = applicantMessages.selectByKey(applicationId, messageCode, channel);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        afterCommit.execute(status -> send(row));
                    }
                });
            } else {
                send(row);
            }
        }
        return inserted;
    }

    /**
     * Sends the SMS messages that were queued before {@code before} and are still unsent: their
     * transaction committed but the node died before its after-commit send (or the send failed). Each
     * goes in its own transaction, by whichever node marks it sent first, so two nodes sweeping at once
     * still send it once. Returns how many this call sent.
     */
    public int sendUnsent(Instant before, int limit) {
        int sent = 0;
        for (ApplicantMessageRow row : applicantMessages.selectUnsentSms(before, limit)) {
            Boolean mine = afterCommit.execute(status -> send(row));
            if (Boolean.TRUE.equals(mine)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(ApplicantMessageRow row) {
        if (applicantMessages.updateSent(row.id(), clock.now()) != 1) {
            return false;
        }
        addressees.ofApplication(row.applicationId()).ifPresent(to -> {
            boolean sent = sms.send(
                    cipher.decrypt(
                            cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_PHONE,
                            row.applicationId(),
                            to.applicantPhoneEnc()),
                    row.textZh(),
                    null,
                    to.applicantIdNumberHash(),
                    SmsBudget.Kind.MESSAGE);
            if (!sent) {
                LOG.warn(
                        "SMS {} of application {} not sent: the daily SMS budget of the applicant is used up"
                                + " (the in-app message stands)",
                        row.messageCode(),
                        row.applicationId());
            }
        });
        return true;
    }
}
