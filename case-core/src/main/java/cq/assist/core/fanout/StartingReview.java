package cq.assist.core.fanout;

import cq.assist.core.intake.ApplicationStatus;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.StatusChange;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application goes to the departments: CHECKING becomes IN_REVIEW. */
@Service
public class StartingReview {

    private final Applications applications;
    private final ItemCases cases;
    private final Timeline timeline;
    private final BusinessClock clock;

    public StartingReview(Applications applications, ItemCases cases, Timeline timeline, BusinessClock clock) {
        this.applications = applications;
        this.cases = cases;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Sets IN_REVIEW (once) and returns the ids of the cases that need a department, not yet started. */
    @Transactional
    public List<String> start(String applicationId) {
        StatusChange change = new StatusChange(
                applicationId,
                ApplicationStatus.CHECKING.name(),
                ApplicationStatus.IN_REVIEW.name(),
                null,
                clock.now(),
                "system");
        if (applications.changeStatus(change) == 1) {
            timeline.record(applicationId, "IN_REVIEW", Timeline.Actor.SYSTEM, null);
        }
        return cases.ofApplication(applicationId).stream()
                .filter(StartingReview::needsDepartment)
                .map(ItemCaseRow::id)
                .toList();
    }

    static boolean needsDepartment(ItemCaseRow row) {
        return "APPLY".equals(row.kind())
                && ItemCaseStatus.PENDING.name().equals(row.status())
                && row.activeKey() != null
                && row.processInstanceId() == null;
    }
}
