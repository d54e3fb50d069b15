package cq.assist.core.casework;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.itemcase.CaseEventRow;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.Step;
import cq.assist.core.time.BusinessClock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An objection (异议) during the public notice (issue 8; security review L5). Only the public (residents,
 * through the public-notice endpoints) and the civil-affairs offices on the case may object: a staff
 * member must reach the application through a task of its own office ({@link ReadingForStaff#access}) and
 * be civil affairs; any other department gets 403. Each case under notice is locked first and checked
 * again, so one objection reopens a case once: a second objection racing it, or one after the notice
 * ended, finds no case under notice (409). The objection and how it was handled are recorded as case
 * events ({@code OBJECTION}, then {@code REOPENED} by the process).
 */
@Service
public class ObjectingToNotice {

    /** The event recorded with an objection's text. */
    public static final String OBJECTION = "OBJECTION";
    /** The event recorded when an objection sent the case back to the home visit. */
    public static final String REOPENED = "REOPENED";

    /**
     * Longest objection text, in characters: it is stored as the event's reason
     * ({@code item_case_event.reason VARCHAR(1000)}), so a longer one is a 400 naming {@code text}.
     */
    public static final int MAX_TEXT = 1000;

    private final ReadingForStaff reading;
    private final ItemCases cases;
    private final BusinessClock clock;
    private final AuditLog audit;

    public ObjectingToNotice(ReadingForStaff reading, ItemCases cases, BusinessClock clock, AuditLog audit) {
        this.reading = reading;
        this.cases = cases;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Records a staff objection; returns the ids of the cases whose notice the workflow must interrupt
     * in this transaction.
     *
     * @throws DomainException NOT_FOUND outside the scope, FORBIDDEN for a department other than civil
     *     affairs, CONFLICT when no case of the caller's is under public notice
     */
    @Transactional
    public List<String> object(String applicationId, String text, StaffScope scope) {
        ReadingForStaff.Scoped scoped = reading.access(applicationId, scope);
        if (!"CIVIL_AFFAIRS".equals(scope.departmentKind())) {
            throw new DomainException(ProblemKind.FORBIDDEN, "itemcase.objection.notAllowed");
        }
        List<String> candidates = cases.ofApplication(applicationId).stream()
                .filter(c -> scoped.access().actsOn(c.id()))
                .map(ItemCaseRow::id)
                .toList();
        return lockAndRecord(candidates, text, scope.account());
    }

    /**
     * Records an objection of the public on one case under notice (the resident endpoints); returns its id.
     *
     * @param objector the resident's account id (recorded, never shown to the office as a name)
     * @throws DomainException NOT_FOUND for an unknown case, CONFLICT when it is no longer under notice
     */
    @Transactional
    public List<String> objectAsPublic(String caseId, String text, String objector) {
        if (cases.find(caseId) == null) {
            throw DomainException.notFound("itemcase.notFound");
        }
        return lockAndRecord(List.of(caseId), text, "public:" + objector);
    }

    /** Records how an objection was handled: the case went back to the home visit. */
    @Transactional
    public void recordReopened(String caseId, String actor) {
        cases.recordEvent(
                new CaseEventRow(caseId, Step.PUBLIC_NOTICE.name(), REOPENED, null, null, actor, clock.now()));
    }

    private List<String> lockAndRecord(List<String> caseIds, String text, String actor) {
        List<String> noticed = new ArrayList<>();
        for (String id : caseIds.stream().sorted().toList()) {
            ItemCaseRow locked = cases.lockForUpdate(id);
            if (locked != null && ItemCaseStatus.PUBLIC_NOTICE.name().equals(locked.status())) {
                noticed.add(id);
            }
        }
        if (noticed.isEmpty()) {
            throw new DomainException(ProblemKind.CONFLICT, "itemcase.objection.notInNotice");
        }
        for (String id : noticed) {
            cases.recordEvent(
                    new CaseEventRow(id, Step.PUBLIC_NOTICE.name(), OBJECTION, text.strip(), null, actor, clock.now()));
            audit.record(new AuditEntry(
                    actor,
                    actor.startsWith("public:") ? "RESIDENT" : "STAFF",
                    AuditActions.OBJECTION,
                    "ITEM_CASE",
                    id,
                    "objection during the public notice",
                    null));
        }
        return noticed;
    }
}
