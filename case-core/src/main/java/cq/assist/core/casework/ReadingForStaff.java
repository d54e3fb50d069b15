package cq.assist.core.casework;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.common.DomainException;
import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff read an application in their scope only: an administrator everything; civil-affairs staff the
 * applications of their street or district; any other department the applications it has a case of
 * in its region. Anything else is "not found".
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

    public ReadingForStaff(
            Applications applications,
            CaseworkMapper casework,
            ApplicationItems items,
            PiiCipher cipher,
            WorkingDays workingDays,
            BusinessClock clock) {
        this.applications = applications;
        this.casework = casework;
        this.items = items;
        this.cipher = cipher;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The application in the staff member's scope, or NOT_FOUND. */
    @Transactional(readOnly = true)
    public ApplicationRow inScope(String applicationId, StaffScope scope) {
        ApplicationRow row = applications.find(applicationId);
        if (row == null || !sees(row, scope)) {
            throw DomainException.notFound("intake.application.notFound");
        }
        return row;
    }

    /** The masked staff view. */
    @Transactional(readOnly = true)
    public StaffApplication read(String applicationId, StaffScope scope) {
        ApplicationRow row = inScope(applicationId, scope);
        LocalDate target = workingDays.plusWorkingDays(
                LocalDate.ofInstant(row.submittedAt(), BusinessClock.ZONE), TARGET_WORKING_DAYS);
        return new StaffApplication(
                row.id(),
                row.applicationNo(),
                row.status(),
                row.filedBy(),
                row.submittedAt(),
                Masking.name(row.applicantName()),
                Masking.idNumber(cipher.decrypt(row.applicantIdNumberEnc())),
                Masking.phone(cipher.decrypt(row.applicantPhoneEnc())),
                row.communityCode(),
                target,
                OPEN.contains(row.status()) && clock.today().isAfter(target),
                items.items(row.id()),
                items.charityMatches(row.id()),
                applications.events(row.id()));
    }

    private boolean sees(ApplicationRow row, StaffScope scope) {
        if (scope.admin()) {
            return true;
        }
        if (scope.region() == null
                || scope.department() == null
                || !row.communityCode().startsWith(scope.region())) {
            return false;
        }
        return "CIVIL_AFFAIRS".equals(scope.departmentKind())
                || casework.countCasesOfDepartment(row.id(), scope.department()) > 0;
    }
}
