package cq.assist.core.fanout;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.ApplicationStatus;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.StatusChange;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.monitoring.MonitoredHouseholdRow;
import cq.assist.core.monitoring.MonitoredHouseholds;
import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes an application once no item case is open: joint items whose base grant never came become
 * NOT_ELIGIBLE, the status becomes CLOSED, the resident gets one SMS (outbox, after commit) and the
 * household enters monitoring. Idempotent: it applies only to an application IN_REVIEW.
 */
@Service
public class ClosingApplications {

    /** Closed reason: every item was decided. */
    public static final String REASON_DECIDED = "DECIDED";

    private static final String NOT_PUSHED = CoreTexts.zh("itemcase.event.jointNotPushed");
    private static final int REVIEW_AFTER_WORKING_DAYS = 60;

    private final Applications applications;
    private final ItemCases cases;
    private final FanOutMapper fanOut;
    private final MonitoredHouseholds monitoring;
    private final ApplicantMessages applicantMessages;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final BusinessClock clock;

    ClosingApplications(
            Applications applications,
            ItemCases cases,
            FanOutMapper fanOut,
            MonitoredHouseholds monitoring,
            ApplicantMessages applicantMessages,
            Timeline timeline,
            WorkingDays workingDays,
            BusinessClock clock) {
        this.applications = applications;
        this.cases = cases;
        this.fanOut = fanOut;
        this.monitoring = monitoring;
        this.applicantMessages = applicantMessages;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Open cases of the application (waiting joint items not counted). */
    public int openCount(String applicationId) {
        return cases.countOpen(applicationId);
    }

    /** Closes the application when nothing is open; returns whether it closed now. */
    @Transactional
    public boolean closeIfDone(String applicationId) {
        applications.lockStatus(applicationId);
        if (cases.countOpen(applicationId) > 0) {
            return false;
        }
        StatusChange change = new StatusChange(
                applicationId,
                ApplicationStatus.IN_REVIEW.name(),
                ApplicationStatus.CLOSED.name(),
                REASON_DECIDED,
                clock.now(),
                "system");
        if (applications.changeStatus(change) != 1) {
            return false;
        }
        fanOut.updateExpireWaiting(
                new WaitingExpiry(applicationId, ReasonsJson.write(List.of(NOT_PUSHED)), clock.now()));
        ApplicationRow app = applications.find(applicationId);
        timeline.record(applicationId, "CLOSED", Timeline.Actor.SYSTEM, null);
        applicantMessages.queue(
                applicationId,
                "CLOSED",
                ApplicantMessages.SMS,
                CoreTexts.zh("sms.application.closed", app.applicationNo()));
        monitoring.enrol(new MonitoredHouseholdRow(
                app.applicantIdNumberHash(),
                applicationId,
                app.communityCode(),
                clock.now(),
                workingDays.plusWorkingDays(clock.today(), REVIEW_AFTER_WORKING_DAYS)));
        return true;
    }
}
