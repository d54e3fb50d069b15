package cq.assist.core.intake;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.files.StoredFiles;
import cq.assist.core.household.IdNumber;
import cq.assist.core.login.ActiveWorkers;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The intake use case: validates a filed application, checks that a resident files only as the person
 * its account is real-name bound to and that a worker is enabled and serves the household's community
 * now, and stores it
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
    private final AuthorizationPort authorizations;
    private final StoredFiles files;
    private final BusinessClock clock;
    private final MobileAccounts accounts;
    private final ActiveWorkers workers;
    private final PiiCipher cipher;

    public SubmittingApplication(
            FilingApplication filing,
            IdempotencyKeyMapper idempotency,
            ApplicationMapper applications,
            AuthorizationPort authorizations,
            StoredFiles files,
            BusinessClock clock,
            MobileAccounts accounts,
            ActiveWorkers workers,
            PiiCipher cipher) {
        this.accounts = accounts;
        this.workers = workers;
        this.cipher = cipher;
        this.filing = filing;
        this.idempotency = idempotency;
        this.applications = applications;
        this.authorizations = authorizations;
        this.files = files;
        this.clock = clock;
    }

    /**
     * Submits an application.
     *
     * @throws DomainException VALIDATION naming every failing field, FORBIDDEN for a worker filing
     *     outside the community it serves now (or disabled), FORBIDDEN {@code real-name-required} for a
     *     resident whose account is not real-name bound to the applicant, UNPROCESSABLE for a reused key
     *     with another request
     */
    public Submission submit(Filer filer, String idempotencyKey, ApplicationForm form) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw DomainException.invalid(List.of(new FieldError("Idempotency-Key", "intake.idempotencyKey.invalid")));
        }
        validate(filer, form);
        if (filer.worker()) {
            if (!workers.serves(filer.accountId(), filer.workerCommunity())
                    || !form.household().communityCode().equals(filer.workerCommunity())) {
                throw new DomainException(ProblemKind.FORBIDDEN, "intake.proxy.outsideCommunity");
            }
        } else {
            requireSelf(filer, form.applicant());
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

    private void requireSelf(Filer filer, ApplicationForm.Applicant applicant) {
        MobileAccounts.RealName me = accounts.realNameOf(filer.accountId()).orElseThrow(() -> realNameRequired());
        boolean same = me.idNumberHash().equals(cipher.blindIndex(IdNumber.normalize(applicant.idNumber())))
                && me.name().equals(FieldChecks.trim(applicant.name()));
        if (!same) {
            throw realNameRequired();
        }
    }

    private static DomainException realNameRequired() {
        return new DomainException(ProblemKind.FORBIDDEN, "identity.realName.required").withType("real-name-required");
    }

    private void validate(Filer filer, ApplicationForm form) {
        String fileId = form.idCardPhotoFileId();
        boolean photoOwned = fileId != null
                && !fileId.isBlank()
                && files.findOwned(fileId, filer.accountId()).isPresent();
        var context = new ApplicationFormValidator.Context(
                clock.today(),
                code -> applications.countCommunity(code) > 0,
                authorizations.letterVersions(),
                photoOwned);
        List<FieldError> errors = ApplicationFormValidator.validate(form, context);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
