package cq.assist.core.intake;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.notify.InAppMessages;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant withdraws its application ({@code POST /applications/{id}/withdraw}; PIPL Art. 15): before
 * any decision the application becomes WITHDRAWN, its open item cases end and the workflow ends its
 * process and open tasks; after a decision of a department it is too late (409). The reason is kept in
 * the applicant's in-app message, not in the case data.
 */
@Service
public class WithdrawingApplication {

    /** The reason recorded with a withdrawal. */
    public static final String REASON = "WITHDRAWN_BY_APPLICANT";
    /** Longest reason accepted. */
    public static final int MAX_REASON = 500;

    private final ApplicationMapper applications;
    private final ReadingApplications reading;
    private final ApplicationEnding ending;
    private final Timeline timeline;
    private final InAppMessages messages;
    private final MessageSource texts;

    public WithdrawingApplication(
            ApplicationMapper applications,
            ReadingApplications reading,
            ApplicationEnding ending,
            Timeline timeline,
            InAppMessages messages,
            MessageSource texts) {
        this.applications = applications;
        this.reading = reading;
        this.ending = ending;
        this.timeline = timeline;
        this.messages = messages;
        this.texts = texts;
    }

    /**
     * Withdraws.
     *
     * @param reader the resident (applicant) or the worker who filed it
     * @param reason why, 1 to {@value #MAX_REASON} characters
     * @throws DomainException VALIDATION naming {@code reason}, NOT_FOUND (not the reader's), CONFLICT (a
     *     decision was made, or the application has ended already)
     */
    @Transactional
    public void withdraw(Filer reader, String applicationId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw DomainException.invalid(List.of(new FieldError("reason", "intake.withdraw.reason")));
        }
        ApplicationRow row = applications.selectById(applicationId);
        if (row == null || !reading.visibleTo(reader, row)) {
            throw DomainException.notFound("intake.application.notFound");
        }
        applications.selectStatusForUpdate(applicationId);
        if (ending.anyDecision(applicationId)) {
            throw new DomainException(ProblemKind.CONFLICT, "intake.withdraw.decided");
        }
        ending.withdraw(applicationId, REASON);
        timeline.record(
                applicationId, "WITHDRAWN", reader.worker() ? Timeline.Actor.WORKER : Timeline.Actor.APPLICANT, null);
        messages.tell(
                applicationId,
                texts.getMessage("message.withdrawn.title", null, Locale.SIMPLIFIED_CHINESE),
                texts.getMessage(
                        "message.withdrawn.text", new Object[] {row.applicationNo(), text}, Locale.SIMPLIFIED_CHINESE));
    }
}
