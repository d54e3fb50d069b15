package cq.assist.core.casework;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.Regions;
import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff read an application only through a task of their own department and region ({@link StaffAccess}):
 * a housing reviewer reads an application while housing is in play for it and the housing task has
 * reached its office, and then sees the reasons and amounts of its own items only; the other items show
 * their name and status, and charity matches (which name causes of hardship such as illness) only civil
 * affairs sees. An administrator reads no application. Anything else is "not found".
 */
@Service
public class ReadingForStaff {

    /** Working days within which the whole application should be decided (渝中区: 10). */
    public static final int TARGET_WORKING_DAYS = 10;

    private static final Set<String> OPEN = Set.of("AWAITING_AUTHORIZATION", "CHECKING", "IN_REVIEW");

    private final Applications applications;
    private final CaseworkMapper casework;
    private final ApplicationItems items;
    private final PiiCipher cipher;
    private final WorkingDays workingDays;
    private final BusinessClock clock;
    private final AuditLog audit;

    public ReadingForStaff(
            Applications applications,
            CaseworkMapper casework,
            ApplicationItems items,
            PiiCipher cipher,
            WorkingDays workingDays,
            BusinessClock clock,
            AuditLog audit) {
        this.applications = applications;
        this.casework = casework;
        this.items = items;
        this.cipher = cipher;
        this.workingDays = workingDays;
        this.clock = clock;
        this.audit = audit;
    }

    /** The application in the staff member's scope, or NOT_FOUND. */
    @Transactional(readOnly = true)
    public ApplicationRow inScope(String applicationId, StaffScope scope) {
        return access(applicationId, scope).application();
    }

    /**
     * The application and what the staff member may see of it.
     *
     * @throws DomainException NOT_FOUND when the application does not exist or no task of the caller's
     *     department and region reached it
     */
    @Transactional(readOnly = true)
    public Scoped access(String applicationId, StaffScope scope) {
        ApplicationRow row = applicationId == null ? null : applications.find(applicationId);
        if (row == null
                || scope.admin()
                || !StaffAccess.wellFormed(scope)
                || !Regions.covers(scope.region(), row.communityCode())) {
            throw DomainException.notFound("intake.application.notFound");
        }
        StaffAccess access = StaffAccess.of(scope, casework.selectStepsReached(row.id()));
        if (!access.granted()) {
            throw DomainException.notFound("intake.application.notFound");
        }
        return new Scoped(row, access);
    }

    /** The masked staff view, limited to what the caller's tasks need; each view is audited. */
    @Transactional
    public StaffApplication read(String applicationId, StaffScope scope) {
        Scoped scoped = access(applicationId, scope);
        ApplicationRow row = scoped.application();
        audit.record(new AuditEntry(
                scope.account(),
                RevealingPersonalData.auditedRole(scope),
                AuditActions.VIEW_APPLICATION,
                "APPLICATION",
                row.id(),
                "staff view (masked), cases " + scoped.access().caseIds().size(),
                null));
        boolean civilAffairs = "CIVIL_AFFAIRS".equals(scope.departmentKind());
        LocalDate target = workingDays.plusWorkingDays(
                LocalDate.ofInstant(row.submittedAt(), BusinessClock.ZONE), TARGET_WORKING_DAYS);
        return new StaffApplication(
                row.id(),
                row.applicationNo(),
                row.status(),
                row.filedBy(),
                row.submittedAt(),
                Masking.name(row.applicantName()),
                Masking.idNumber(cipher.decrypt(
                        cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_ID_NUMBER,
                        row.id(),
                        row.applicantIdNumberEnc())),
                Masking.phone(cipher.decrypt(
                        cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_PHONE, row.id(), row.applicantPhoneEnc())),
                row.communityCode(),
                target,
                OPEN.contains(row.status()) && clock.today().isAfter(target),
                items.items(row.id()).stream()
                        .map(i -> scoped.access().actsOn(i.caseId()) ? i : withoutDetails(i))
                        .toList(),
                civilAffairs ? items.charityMatches(row.id()) : List.of(),
                applications.events(row.id()),
                row.anonymisedAt());
    }

    /** An item another office handles: its name and status only. */
    private static ApplicationItems.Item withoutDetails(ApplicationItems.Item i) {
        return new ApplicationItems.Item(
                i.caseId(),
                i.code(),
                i.name(),
                i.departmentCode(),
                i.department(),
                i.kind(),
                i.status(),
                List.of(),
                null,
                i.decidedAt(),
                null);
    }

    /** An application in scope, with what the caller may see of it. */
    public record Scoped(ApplicationRow application, StaffAccess access) {}
}
