package cq.assist.core.intake;

import cq.assist.core.notify.InAppMessages;
import cq.assist.core.time.BusinessClock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status changes the application process drives (an expiry also tells the applicant in the app). Each is idempotent: it applies only from the
 * expected status, so a job that runs twice changes nothing the second time.
 */
@Service
public class ApplicationLifecycle {

    /** Reason recorded when the co-signing deadline passed. */
    public static final String REASON_AUTHORIZATION_EXPIRED = "AUTHORIZATION_EXPIRED";

    private static final String SYSTEM = "system";

    private final ApplicationMapper applications;
    private final Timeline timeline;
    private final BusinessClock clock;

    private final InAppMessages messages;
    private final MessageSource texts;

    public ApplicationLifecycle(
            ApplicationMapper applications,
            Timeline timeline,
            BusinessClock clock,
            InAppMessages messages,
            MessageSource texts) {
        this.messages = messages;
        this.texts = texts;
        this.applications = applications;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** All authorizations are in: AWAITING_AUTHORIZATION becomes CHECKING. Returns whether it changed. */
    @Transactional
    public boolean beginEconomicCheck(String applicationId) {
        boolean changed = applications.updateStatus(change(
                        applicationId, ApplicationStatus.AWAITING_AUTHORIZATION, ApplicationStatus.CHECKING, null))
                == 1;
        if (changed) {
            timeline.record(applicationId, "CHECK_STARTED", Timeline.Actor.SYSTEM, null);
        }
        return changed;
    }

    /** The co-signing deadline passed: AWAITING_AUTHORIZATION becomes EXPIRED with the reason. */
    @Transactional
    public boolean expire(String applicationId) {
        boolean changed = applications.updateStatus(change(
                        applicationId,
                        ApplicationStatus.AWAITING_AUTHORIZATION,
                        ApplicationStatus.EXPIRED,
                        REASON_AUTHORIZATION_EXPIRED))
                == 1;
        if (changed) {
            timeline.record(applicationId, "EXPIRED_" + REASON_AUTHORIZATION_EXPIRED, Timeline.Actor.SYSTEM, null);
            ApplicationRow row = applications.selectById(applicationId);
            messages.tell(
                    applicationId,
                    texts.getMessage("message.expired.title", null, Locale.SIMPLIFIED_CHINESE),
                    texts.getMessage(
                            "message.expired.text", new Object[] {row.applicationNo()}, Locale.SIMPLIFIED_CHINESE));
        }
        return changed;
    }

    private StatusChange change(String id, ApplicationStatus from, ApplicationStatus to, String reason) {
        return new StatusChange(id, from.name(), to.name(), reason, clock.now(), SYSTEM);
    }
}
