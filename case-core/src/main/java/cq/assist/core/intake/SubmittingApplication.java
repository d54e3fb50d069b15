package cq.assist.core.intake;

import cq.assist.core.authorization.AuthorizationLetterMapper;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.files.StoredFiles;
import cq.assist.core.time.BusinessClock;
import java.util.HashSet;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The intake use case: validates a filed application, checks a worker's community, and stores it
 * exactly once per idempotency key. Race-free: the key's primary key decides; the losers of a race
 * read the winner's key in a fresh transaction. Same key and same request: the earlier application;
 * same key and another request: 422.
 */
@Service
public class SubmittingApplication {

    private static final int MAX_KEY_LENGTH = 128;

    private final FilingApplication filing;
    private final IdempotencyKeyMapper idempotency;
    private final ApplicationMapper applications;
    private final AuthorizationLetterMapper letters;
    private final StoredFiles files;
    private final BusinessClock clock;

    public SubmittingApplication(
            FilingApplication filing,
            IdempotencyKeyMapper idempotency,
            ApplicationMapper applications,
            AuthorizationLetterMapper letters,
            StoredFiles files,
            BusinessClock clock) {
        this.filing = filing;
        this.idempotency = idempotency;
        this.applications = applications;
        this.letters = letters;
        this.files = files;
        this.clock = clock;
    }

    /**
     * Submits an application.
     *
     * @throws DomainException VALIDATION naming every failing field, FORBIDDEN for a worker filing
     *     outside its community, UNPROCESSABLE for a reused key with another request
     */
    public Submission submit(Filer filer, String idempotencyKey, ApplicationForm form) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw DomainException.invalid(List.of(new FieldError("Idempotency-Key", "intake.idempotencyKey.invalid")));
        }
        validate(filer, form);
        if (filer.worker() && !form.household().communityCode().equals(filer.workerCommunity())) {
            throw new DomainException(ProblemKind.FORBIDDEN, "intake.proxy.outsideCommunity");
        }
        String requestSha256 = RequestHash.of(form);
        try {
            return new Submission(filing.file(filer, idempotencyKey, requestSha256, form), true);
        } catch (DuplicateKeyException e) {
            IdempotencyRow first = idempotency.selectByOwnerAndKey(filer.accountId(), idempotencyKey);
            if (first == null) {
                throw e;
            }
            if (!first.requestSha256().equals(requestSha256)) {
                throw new DomainException(ProblemKind.UNPROCESSABLE, "intake.idempotencyKey.reused");
            }
            return new Submission(first.applicationId(), false);
        }
    }

    private void validate(Filer filer, ApplicationForm form) {
        String fileId = form.idCardPhotoFileId();
        boolean photoOwned = fileId != null
                && !fileId.isBlank()
                && files.findOwned(fileId, filer.accountId()).isPresent();
        var context = new ApplicationFormValidator.Context(
                clock.today(),
                code -> applications.countCommunity(code) > 0,
                new HashSet<>(letters.selectVersions()),
                photoOwned);
        List<FieldError> errors = ApplicationFormValidator.validate(form, context);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
