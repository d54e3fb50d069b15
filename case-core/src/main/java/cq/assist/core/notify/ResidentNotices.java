package cq.assist.core.notify;

import cq.assist.core.intake.ApplicationMapper;
import cq.assist.core.intake.ApplicationRow;
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
 * Notices to the resident through an outbox ({@code application_notice}): a notice is written in the
 * caller's transaction, at most once per application, code and channel; an SMS leaves through the
 * {@link SmsGateway} only after that transaction commits, and only by the one caller that marks it
 * sent — so a retried job or a rolled-back transaction never sends twice.
 */
@Service
public class ResidentNotices {

    /** In-app notice (shown in the application view). */
    public static final String APP = "APP";
    /** SMS to the applicant's phone. */
    public static final String SMS = "SMS";

    private final NoticeMapper notices;
    private final ApplicationMapper applications;
    private final PiiCipher cipher;
    private final SmsGateway sms;
    private final BusinessClock clock;
    private final TransactionTemplate afterCommit;

    public ResidentNotices(
            NoticeMapper notices,
            ApplicationMapper applications,
            PiiCipher cipher,
            SmsGateway sms,
            BusinessClock clock,
            PlatformTransactionManager transactions) {
        this.notices = notices;
        this.applications = applications;
        this.cipher = cipher;
        this.sms = sms;
        this.clock = clock;
        this.afterCommit = new TransactionTemplate(transactions);
        this.afterCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Queues a notice; an SMS is sent after the current transaction commits. Returns false if queued before. */
    @Transactional
    public boolean queue(String applicationId, String noticeCode, String channel, String textZh) {
        boolean inserted =
                notices.insertIgnore(new NoticeRow(null, applicationId, noticeCode, channel, textZh, null, clock.now()))
                        == 1;
        if (inserted && SMS.equals(channel)) {
            NoticeRow row = notices.selectByKey(applicationId, noticeCode, channel);
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
     * Sends the SMS notices that were queued before {@code before} and are still unsent: their
     * transaction committed but the node died before its after-commit send (or the send failed). Each
     * goes in its own transaction, by whichever node marks it sent first, so two nodes sweeping at once
     * still send it once. Returns how many this call sent.
     */
    public int sendUnsent(Instant before, int limit) {
        int sent = 0;
        for (NoticeRow row : notices.selectUnsentSms(before, limit)) {
            Boolean mine = afterCommit.execute(status -> send(row));
            if (Boolean.TRUE.equals(mine)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(NoticeRow row) {
        if (notices.updateSent(row.id(), clock.now()) != 1) {
            return false;
        }
        ApplicationRow application = applications.selectById(row.applicationId());
        sms.send(cipher.decrypt(application.applicantPhoneEnc()), row.textZh(), null);
        return true;
    }
}
