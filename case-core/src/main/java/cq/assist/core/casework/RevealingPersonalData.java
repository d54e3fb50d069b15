package cq.assist.core.casework;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.pii.PiiCipher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's "full view with a stated purpose": checks the request and the caller's scope — the
 * same scope as the staff view ({@link ReadingForStaff#access}: a task of the caller's own department and
 * region on the application; an administrator reveals nothing) — writes the access to the audit log, and
 * only then decrypts the value. Nothing is revealed when the audit entry cannot be written.
 */
@Service
public class RevealingPersonalData {

    /** The subject type of a household member of an application. */
    public static final String APPLICATION_MEMBER = "APPLICATION_MEMBER";
    /** The field holding a member's ID number. */
    public static final String ID_NUMBER = "idNumber";

    private static final int MIN_PURPOSE = 4;
    private static final int MAX_PURPOSE = 500;

    private final Applications applications;
    private final ReadingForStaff reading;
    private final AuditLog auditLog;
    private final PiiCipher cipher;
    private final int perHour;

    public RevealingPersonalData(
            Applications applications,
            ReadingForStaff reading,
            AuditLog auditLog,
            PiiCipher cipher,
            @Value("${assist.pii.reveals-per-hour:30}") int perHour) {
        this.applications = applications;
        this.reading = reading;
        this.auditLog = auditLog;
        this.cipher = cipher;
        this.perHour = perHour;
    }

    /**
     * Reveals the requested value.
     *
     * @param scope the caller, from its verified token
     * @param clientIp the caller's address (stored in the audit entry)
     * @throws DomainException VALIDATION naming each bad field; NOT_FOUND when the application or
     *     member does not exist or lies outside the caller's scope; GONE (type {@code anonymised}) when the
     *     retention job removed the application's personal data (nothing is shown, so nothing is audited or
     *     counted as a view); TOO_MANY_REQUESTS after
     *     {@code assist.pii.reveals-per-hour} (default 30) full views by one account within an hour
     */
    @Transactional
    public String reveal(StaffScope scope, String clientIp, RevealRequest request) {
        validate(request);
        ApplicationRow application;
        try {
            application = reading.access(request.applicationId(), scope).application();
        } catch (DomainException outOfScope) {
            throw DomainException.notFound("pii.reveal.not-found");
        }
        MemberRow member = applications.members(application.id()).stream()
                .filter(m -> m.seq().equals(request.memberSeq()))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("pii.reveal.not-found"));
        if (application.anonymisedAt() != null || member.idNumberEnc() == null) {
            // removed by the retention job (EndedApplicationRetention): nothing to show, so no full view to audit
            throw new DomainException(ProblemKind.GONE, "pii.reveal.anonymised").withType("anonymised");
        }
        if (auditLog.countRecent(scope.account(), AuditActions.VIEW_FULL_ID_NUMBER, Duration.ofHours(1)) >= perHour) {
            throw DomainException.tooManyRequests(
                    "pii.reveal.rate", Duration.ofMinutes(10).toSeconds());
        }
        auditLog.record(new AuditEntry(
                scope.account(),
                auditedRole(scope),
                AuditActions.VIEW_FULL_ID_NUMBER,
                APPLICATION_MEMBER,
                application.id() + "/" + member.seq(),
                request.purpose().trim(),
                clientIp));
        return cipher.decrypt(
                cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                cq.assist.core.pii.PiiField.rowKey(member.applicationId(), member.seq()),
                member.idNumberEnc());
    }

    /** The role the audit log records: the first of the caller's roles by name. */
    static String auditedRole(StaffScope scope) {
        return new java.util.TreeSet<>(scope.roles()).stream().findFirst().orElse("NONE");
    }

    private static void validate(RevealRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!APPLICATION_MEMBER.equals(request.subjectType())) {
            errors.add(new FieldError("subjectType", "pii.reveal.subjectType.unsupported"));
        }
        if (request.applicationId() == null || request.applicationId().isBlank()) {
            errors.add(new FieldError("applicationId", "pii.reveal.applicationId.required"));
        }
        if (request.memberSeq() == null || request.memberSeq() < 0) {
            errors.add(new FieldError("memberSeq", "pii.reveal.memberSeq.required"));
        }
        if (!ID_NUMBER.equals(request.field())) {
            errors.add(new FieldError("field", "pii.reveal.field.unsupported"));
        }
        String purpose = request.purpose() == null ? "" : request.purpose().trim();
        if (purpose.codePointCount(0, purpose.length()) < MIN_PURPOSE || purpose.length() > MAX_PURPOSE) {
            errors.add(new FieldError("purpose", "pii.reveal.purpose.length", MIN_PURPOSE, MAX_PURPOSE));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
