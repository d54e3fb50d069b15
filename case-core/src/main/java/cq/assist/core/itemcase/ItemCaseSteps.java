package cq.assist.core.itemcase;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.common.DomainException;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the step an item process has reached: the case's step, status and due time. Due times count
 * working days from the seeded calendar and fall at the end of the office day; the public notice lasts
 * {@value #NOTICE_DAYS} calendar days.
 */
@Service
public class ItemCaseSteps {

    /** Calendar days of the public notice (公示). */
    public static final int NOTICE_DAYS = 7;

    private static final LocalTime END_OF_DAY = LocalTime.of(18, 0);
    private static final String SYSTEM = "system";

    private final ItemCaseMapper cases;
    private final WorkingDays workingDays;
    private final BusinessClock clock;

    public ItemCaseSteps(ItemCaseMapper cases, WorkingDays workingDays, BusinessClock clock) {
        this.cases = cases;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * The case reaches {@code step} in process instance {@code processInstanceId}. Returns who works on
     * it (candidate group) and by when. A case that is no longer open is left unchanged.
     */
    @Transactional
    public StepEntry enter(String caseId, Step step, String processInstanceId) {
        ItemCaseRow row = cases.selectById(caseId);
        if (row == null) {
            throw DomainException.notFound("itemcase.notFound");
        }
        Instant due = dueAt(step);
        ItemCaseStatus status = step == Step.PUBLIC_NOTICE ? ItemCaseStatus.PUBLIC_NOTICE : ItemCaseStatus.IN_REVIEW;
        String group = step.candidateGroup(row);
        cases.updateStep(new StepChange(
                caseId,
                step.name(),
                status.name(),
                due,
                processInstanceId,
                clock.now(),
                SYSTEM,
                step == Step.PUBLIC_NOTICE ? null : group));
        return new StepEntry(group, due);
    }

    /** When a step entered now is due. */
    public Instant dueAt(Step step) {
        if (step == Step.PUBLIC_NOTICE) {
            return clock.now().plus(Duration.ofDays(NOTICE_DAYS));
        }
        return dueFrom(step, clock.today());
    }

    /**
     * When a working-day step that began on {@code day} is due: {@link Step#workingDays()} working days
     * later under the current calendar, at the end of the office day.
     */
    public Instant dueFrom(Step step, java.time.LocalDate day) {
        return workingDays
                .plusWorkingDays(day, step.workingDays())
                .atTime(END_OF_DAY)
                .atZone(BusinessClock.ZONE)
                .toInstant();
    }

    /** Who works on a step and by when. */
    public record StepEntry(String candidateGroup, Instant dueAt) {}
}
