package cq.assist.core.fanout;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.intake.ApplicationMapper;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.ApplicationStatus;
import cq.assist.core.intake.StatusChange;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.ItemCaseMapper;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.monitoring.MonitoredHouseholdMapper;
import cq.assist.core.monitoring.MonitoredHouseholdRow;
import cq.assist.core.notify.ResidentNotices;
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

    private static final String NOT_PUSHED = "未获批低保或特困，联动事项未推送";
    private static final int REVIEW_AFTER_WORKING_DAYS = 60;

    private final ApplicationMapper applications;
    private final ItemCaseMapper cases;
    private final FanOutMapper fanOut;
    private final MonitoredHouseholdMapper monitoring;
    private final ResidentNotices notices;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final BusinessClock clock;

    ClosingApplications(
            ApplicationMapper applications,
            ItemCaseMapper cases,
            FanOutMapper fanOut,
            MonitoredHouseholdMapper monitoring,
            ResidentNotices notices,
            Timeline timeline,
            WorkingDays workingDays,
            BusinessClock clock) {
        this.applications = applications;
        this.cases = cases;
        this.fanOut = fanOut;
        this.monitoring = monitoring;
        this.notices = notices;
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
        applications.selectStatusForUpdate(applicationId);
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
        if (applications.updateStatus(change) != 1) {
            return false;
        }
        fanOut.updateExpireWaiting(
                new WaitingExpiry(applicationId, ReasonsJson.write(List.of(NOT_PUSHED)), clock.now()));
        ApplicationRow app = applications.selectById(applicationId);
        timeline.record(applicationId, "CLOSED", Timeline.Actor.SYSTEM, null);
        notices.queue(
                applicationId,
                "CLOSED",
                ResidentNotices.SMS,
                "【渝悦救助通】您的救助申请" + app.applicationNo() + "已办结，请登录查看各事项结果。");
        monitoring.upsert(new MonitoredHouseholdRow(
                app.applicantIdNumberHash(),
                applicationId,
                app.communityCode(),
                clock.now(),
                workingDays.plusWorkingDays(clock.today(), REVIEW_AFTER_WORKING_DAYS)));
        return true;
    }
}
