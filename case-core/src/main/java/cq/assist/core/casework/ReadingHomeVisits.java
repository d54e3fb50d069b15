package cq.assist.core.casework;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.common.DomainException;
import cq.assist.core.files.StoredFileService;
import cq.assist.core.files.StoredFileService.FileContent;
import cq.assist.core.pii.PiiCipher;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff read the home visits (入户调查) of an application in their scope: findings, recommendation, the
 * worker, and the photos taken at the home. A photo is personal data: each one shown is written to the
 * audit log. Outside the caller's scope, or a photo that is not one of this application's visits: NOT_FOUND.
 */
@Service
public class ReadingHomeVisits {

    /** Audit action of a staff member opening a home-visit photo. */
    public static final String VIEW_HOME_VISIT_PHOTO = "VIEW_HOME_VISIT_PHOTO";

    private static final String PURPOSE = CoreTexts.zh("audit.purpose.homeVisitPhoto");

    private final ReadingForStaff reading;
    private final HomeVisitReadMapper visits;
    private final PiiCipher cipher;
    private final StoredFileService files;
    private final AuditLog audit;

    public ReadingHomeVisits(
            ReadingForStaff reading,
            HomeVisitReadMapper visits,
            PiiCipher cipher,
            StoredFileService files,
            AuditLog audit) {
        this.reading = reading;
        this.visits = visits;
        this.cipher = cipher;
        this.files = files;
        this.audit = audit;
    }

    /** The visits of the application, oldest first; NOT_FOUND outside the scope. */
    @Transactional(readOnly = true)
    public List<Visit> visits(String applicationId, StaffScope scope) {
        reading.inScope(applicationId, scope);
        return visits.selectByApplication(applicationId).stream()
                .map(v -> new Visit(
                        v.itemCode(),
                        v.workerName(),
                        cipher.decrypt(cq.assist.core.pii.PiiField.VISIT_FINDINGS, v.caseId(), v.findingsEnc()),
                        v.recommendation(),
                        photoIds(v.photoFileIds()),
                        v.visitedAt()))
                .toList();
    }

    /**
     * One photo of one of the application's visits, audited.
     *
     * @param clientIp the caller's address (stored hashed in the audit log)
     */
    @Transactional
    public FileContent photo(String applicationId, String fileId, StaffScope scope, String clientIp) {
        reading.inScope(applicationId, scope);
        boolean ofThisApplication = visits.selectByApplication(applicationId).stream()
                .anyMatch(v -> photoIds(v.photoFileIds()).contains(fileId));
        FileContent content = ofThisApplication ? files.read(fileId).orElse(null) : null;
        if (content == null) {
            throw DomainException.notFound("casework.visitPhoto.notFound");
        }
        audit.record(new AuditEntry(
                scope.account(),
                auditedRole(scope),
                VIEW_HOME_VISIT_PHOTO,
                "HOME_VISIT_PHOTO",
                applicationId + "/" + fileId,
                PURPOSE,
                clientIp));
        return content;
    }

    private static String auditedRole(StaffScope scope) {
        return scope.admin()
                ? "ADMIN"
                : scope.roles().stream().sorted().findFirst().orElse("NONE");
    }

    private static List<String> photoIds(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * One home visit as staff read it.
     *
     * @param workerName the visiting community worker (null if the account is no longer a worker)
     * @param recommendation SUPPORT or OPPOSE
     * @param photoFileIds the stored photos, readable through {@link #photo}
     */
    public record Visit(
            String itemCode,
            String workerName,
            String findings,
            String recommendation,
            List<String> photoFileIds,
            Instant visitedAt) {}
}
