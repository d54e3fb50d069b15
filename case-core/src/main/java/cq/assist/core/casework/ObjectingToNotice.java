package cq.assist.core.casework;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.itemcase.CaseEventRow;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.Step;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An objection (异议) during the public notice: recorded on every case of the application under notice. */
@Service
public class ObjectingToNotice {

    private final ReadingForStaff reading;
    private final ItemCases cases;
    private final BusinessClock clock;

    public ObjectingToNotice(ReadingForStaff reading, ItemCases cases, BusinessClock clock) {
        this.reading = reading;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Records the objection; returns the ids of the cases whose notice the workflow must interrupt.
     *
     * @throws DomainException NOT_FOUND outside the scope, CONFLICT when no case is under public notice
     */
    @Transactional
    public List<String> object(String applicationId, String text, StaffScope scope) {
        reading.inScope(applicationId, scope);
        List<ItemCaseRow> noticed = cases.ofApplication(applicationId).stream()
                .filter(c -> ItemCaseStatus.PUBLIC_NOTICE.name().equals(c.status()))
                .toList();
        if (noticed.isEmpty()) {
            throw new DomainException(ProblemKind.CONFLICT, "itemcase.objection.notInNotice");
        }
        for (ItemCaseRow c : noticed) {
            cases.recordEvent(new CaseEventRow(
                    c.id(), Step.PUBLIC_NOTICE.name(), "OBJECTION", text.strip(), null, scope.account(), clock.now()));
        }
        return noticed.stream().map(ItemCaseRow::id).toList();
    }
}
