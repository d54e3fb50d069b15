package cq.assist.core.intake;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.files.FileTypes;
import cq.assist.core.files.StoredFiles;
import cq.assist.core.household.IdNumber;
import cq.assist.core.login.ActiveWorkers;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The intake use case: validates a filed application, checks that a resident files only as the person
 * its account is real-name bound to and that a worker is enabled and serves the household's community
 * now, and stores it
 * exactly once per idempotency key. Requests with the same account and key wait for each other on this
 * node before they take a database connection (twenty at once hold one connection, not twenty waiting
 * on one row lock), then find the first one's key; across nodes the key's primary key decides and the
 * losers read the winner's key in a fresh transaction. Same key and same request: the earlier
 * application; same key and another request: 422. A household already covered: 409
 * ({@link HouseholdClaims}).
 */
@Service
public class SubmittingApplication {

    private static final int MAX_KEY_LENGTH = 128;
    /** Locks that serialise requests with the same account and key on this node (before a connection is taken). */
    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    private final FilingApplication filing;
    private final IdempotencyKeyMapper idempotency;
    private final ApplicationMapper applications;
    private final AuthorizationPort authorizations;
    private final StoredFiles files;
    private final BusinessClock clock;
    private final MobileAccounts accounts;
    private final ActiveWorkers workers;
    private final PiiCipher cipher;
    private final AuditLog audit;
    private final int dailyPerResident;
    private final int dailyPerWorker;

    public SubmittingApplication(
            FilingApplication filing,
            IdempotencyKeyMapper idempotency,
            ApplicationMapper applications,
            AuthorizationPort authorizations,
            StoredFiles files,
            BusinessClock clock,
            MobileAccounts accounts,
            ActiveWorkers workers,
            PiiCipher cipher,
            AuditLog audit,
            @Value("${assist.intake.daily-per-resident:5}") int dailyPerResident,
            @Value("${assist.intake.daily-per-worker:200}") int dailyPerWorker) {
        this.dailyPerResident = dailyPerResident;
        this.dailyPerWorker = dailyPerWorker;
        this.accounts = accounts;
        this.workers = workers;
        this.cipher = cipher;
        this.audit = audit;
        this.filing = filing;
        this.idempotency = idempotency;
        this.applications = applications;
        this.authorizations = authorizations;
        this.files = files;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * Submits an application.
     *
     * @throws DomainException VALIDATION naming every failing field, FORBIDDEN for a worker filing
     *     outside the community it serves now (or disabled), FORBIDDEN {@code real-name-required} for a
     *     resident whose account is not real-name bound to the applicant, UNPROCESSABLE for a reused key
     *     with another request, CONFLICT {@code household-already-covered} when a member is in another open
     *     or granted application (its number only to a filer entitled to it; each such refusal is audited and
     *     counts as a filing of the day), TOO_MANY_REQUESTS past the daily cap of new applications per account
     *     ({@code assist.intake.daily-per-resident} 5, {@code daily-per-worker} 200 in 24 hours; a replay of
     *     an earlier key is never counted)
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
        ReentrantLock sameKey = stripes[Math.floorMod(Objects.hash(filer.accountId(), idempotencyKey), STRIPES)];
        sameKey.lock();
        try {
            IdempotencyRow first = idempotency.selectByOwnerAndKey(filer.accountId(), idempotencyKey);
            if (first != null) {
                return replay(first, requestSha256);
            }
            requireDailyAllowance(filer);
            try {
                return fileOnce(filer, idempotencyKey, requestSha256, form, 1);
            } catch (HouseholdCovered refused) {
                // in a transaction of its own: the filing's was rolled back
                audit.record(new AuditEntry(
                        filer.accountId(),
                        filer.worker() ? "COMMUNITY_WORKER" : "RESIDENT",
                        AuditActions.FILING_REFUSED_COVERED,
                        "APPLICATION",
                        refused.coveringApplicationId(),
                        "household already covered",
                        null,
                        AuditOutcome.DENIED));
                throw refused;
            }
        } finally {
            sameKey.unlock();
        }
    }

    private Submission fileOnce(
            Filer filer, String idempotencyKey, String requestSha256, ApplicationForm form, int attempt) {
        try {
            return new Submission(filing.file(filer, idempotencyKey, requestSha256, form), true);
        } catch (DuplicateKeyException e) {
            IdempotencyRow first = idempotency.selectByOwnerAndKey(filer.accountId(), idempotencyKey);
            if (first == null) {
                throw e;
            }
            return replay(first, requestSha256);
        } catch (PessimisticLockingFailureException deadlock) {
            // two filings of one household took over the same stale claim at once: the database chose one
            if (attempt >= 2) {
                throw deadlock;
            }
            return fileOnce(filer, idempotencyKey, requestSha256, form, attempt + 1);
        }
    }

    private void requireDailyAllowance(Filer filer) {
        int allowed = filer.worker() ? dailyPerWorker : dailyPerResident;
        int filed = applications.countFiledSince(filer.accountId(), clock.now().minus(Duration.ofDays(1)));
        int refused = audit.countRecent(filer.accountId(), AuditActions.FILING_REFUSED_COVERED, Duration.ofDays(1));
        if (filed + refused >= allowed) {
            throw DomainException.tooManyRequests(
                    "intake.daily-limit", Duration.ofHours(1).toSeconds());
        }
    }

    private static Submission replay(IdempotencyRow first, String requestSha256) {
        if (!first.requestSha256().equals(requestSha256)) {
            throw new DomainException(ProblemKind.UNPROCESSABLE, "intake.idempotencyKey.reused");
        }
        return new Submission(first.applicationId(), false);
    }

    private void requireSelf(Filer filer, ApplicationForm.Applicant applicant) {
        MobileAccounts.RealName me = accounts.realNameOf(filer.accountId()).orElseThrow(() -> realNameRequired());
        boolean same = cipher.matchesIndex(me.idNumberHash(), IdNumber.normalize(applicant.idNumber()))
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
                && files.findOwned(fileId, filer.accountId())
                        .filter(f -> FileTypes.isPhoto(f.contentType()))
                        .isPresent();
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
