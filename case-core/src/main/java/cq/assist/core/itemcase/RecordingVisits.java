package cq.assist.core.itemcase;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.files.FileTypes;
import cq.assist.core.files.StoredFiles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community worker records a home visit (入户调查) of a case at its HOME_VISIT step. */
@Service
public class RecordingVisits {

    private final ItemCaseMapper cases;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final StoredFiles files;

    public RecordingVisits(ItemCaseMapper cases, PiiCipher cipher, BusinessClock clock, StoredFiles files) {
        this.cases = cases;
        this.cipher = cipher;
        this.clock = clock;
        this.files = files;
    }

    /** Records the visit; the caller then completes the task in the same transaction. */
    @Transactional
    public void record(String caseId, HomeVisit visit, Staff worker) {
        StepPolicy.check(Step.HOME_VISIT, Decision.APPROVE, null, null, false, worker);
        requireOwnPhotos(visit.photoFileIds(), worker.account());
        ItemCaseRow row = cases.selectByIdForUpdate(caseId);
        if (row == null) {
            throw DomainException.notFound("itemcase.notFound");
        }
        if (!Step.HOME_VISIT.name().equals(row.currentStep())) {
            throw new DomainException(ProblemKind.CONFLICT, "itemcase.step.moved");
        }
        cases.insertHomeVisit(new HomeVisitRow(
                caseId,
                worker.account(),
                cipher.encrypt(cq.assist.core.pii.PiiField.VISIT_FINDINGS, caseId, visit.findings()),
                visit.recommendation(),
                String.join(",", visit.photoFileIds()),
                cipher.encrypt(cq.assist.core.pii.PiiField.VISIT_LOCATION, caseId, location(visit)),
                clock.now()));
        cases.insertEvent(new CaseEventRow(
                caseId, Step.HOME_VISIT.name(), visit.recommendation(), null, null, worker.account(), clock.now()));
    }

    /**
     * The stored form of the visit's location: {@code latitude,longitude} as plain decimal degrees ({@link
     * java.math.BigDecimal#toPlainString()}), a missing one empty; null when the phone gave neither.
     */
    static String location(HomeVisit visit) {
        if (visit.latitude() == null && visit.longitude() == null) {
            return null;
        }
        return plain(visit.latitude()) + "," + plain(visit.longitude());
    }

    private static String plain(java.math.BigDecimal degrees) {
        return degrees == null ? "" : degrees.toPlainString();
    }

    /**
     * Every photo must be an image (JPEG or PNG, {@link FileTypes#isPhoto}) the worker uploaded: another
     * account's file id ({@code visit.photo.notOwned}) or a PDF ({@code visit.photo.notImage}) is a 400
     * naming {@code photoFileIds[i]}.
     */
    private void requireOwnPhotos(List<String> photoFileIds, String account) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < photoFileIds.size(); i++) {
            var owned = files.findOwned(photoFileIds.get(i), account);
            if (owned.isEmpty()) {
                errors.add(new DomainException.FieldError("photoFileIds[" + i + "]", "visit.photo.notOwned"));
            } else if (!FileTypes.isPhoto(owned.get().contentType())) {
                errors.add(new DomainException.FieldError("photoFileIds[" + i + "]", "visit.photo.notImage"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
