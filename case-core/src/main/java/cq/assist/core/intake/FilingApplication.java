package cq.assist.core.intake;

import cq.assist.core.household.IdNumber;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.time.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated application in one transaction: the idempotency key first (so concurrent twins
 * wait on its primary key and then fail as duplicates), the application, its members, the
 * household's claims (one open or granted application per household: {@link HouseholdClaims}), the
 * authorizations settled at submission, the timeline, and the start of the application process. Any
 * failure, the process start included, rolls all of it back.
 */
@Service
class FilingApplication {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ApplicationMapper applications;
    private final IdempotencyKeyMapper idempotency;
    private final HouseholdRows householdRows;
    private final AuthorizationPort authorizations;
    private final ApplicationProcessPort process;
    private final Timeline timeline;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final HouseholdClaims householdClaims;

    FilingApplication(
            ApplicationMapper applications,
            IdempotencyKeyMapper idempotency,
            HouseholdRows householdRows,
            AuthorizationPort authorizations,
            ApplicationProcessPort process,
            Timeline timeline,
            PiiCipher cipher,
            BusinessClock clock,
            HouseholdClaims householdClaims) {
        this.householdClaims = householdClaims;
        this.applications = applications;
        this.idempotency = idempotency;
        this.householdRows = householdRows;
        this.authorizations = authorizations;
        this.process = process;
        this.timeline = timeline;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Files the application and returns its id; a reused key fails with a duplicate-key exception. */
    @Transactional
    public String file(Filer filer, String idempotencyKey, String requestSha256, ApplicationForm form) {
        String id = UUID.randomUUID().toString();
        idempotency.insert(new IdempotencyRow(filer.accountId(), idempotencyKey, requestSha256, id));
        Instant now = clock.now();
        LocalDate today = clock.today();
        ApplicationRow app = applicationRow(id, nextNumber(today), filer, form, now);
        applications.insert(app);
        if (filer.worker()) {
            applications.updateIdentityCheck(
                    id, form.identityCheck() == null ? IdentityCheck.ID_CARD_IN_PERSON.name() : form.identityCheck());
        }
        List<MemberRow> members = householdRows.of(id, form.household().members(), today);
        members.forEach(applications::insertMember);
        householdClaims.claim(id, filer, form.household().communityCode(), members);
        timeline.record(
                id,
                "SUBMITTED",
                filer.worker() ? Timeline.Actor.WORKER : Timeline.Actor.APPLICANT,
                // a worker acts under its role alone: the applicant's name beside it would read as the worker's
                filer.worker() ? null : Masking.name(app.applicantName()));
        int coSigners = authorizations.settle(app, form, members, filer, now);
        process.start(id, coSigners > 0);
        return id;
    }

    private String nextNumber(LocalDate today) {
        SequenceTicket ticket = new SequenceTicket();
        applications.insertSequence(ticket);
        return "YJ" + today.format(DAY) + String.format("%06d", ticket.getId() % 1_000_000);
    }

    private ApplicationRow applicationRow(String id, String number, Filer filer, ApplicationForm form, Instant now) {
        ApplicationForm.Applicant applicant = form.applicant();
        ApplicationForm.Household household = form.household();
        String idNumber = IdNumber.normalize(applicant.idNumber());
        return new ApplicationRow(
                id,
                number,
                ApplicationStatus.AWAITING_AUTHORIZATION.name(),
                filer.filedBy().name(),
                filer.accountId(),
                filer.workerCommunity(),
                applicant.name().trim(),
                cipher.encrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, id, idNumber),
                cipher.blindIndex(idNumber),
                cipher.encrypt(PiiField.APPLICATION_APPLICANT_PHONE, id, applicant.phone()),
                cipher.blindIndex(applicant.phone()),
                household.communityCode(),
                cipher.encrypt(PiiField.APPLICATION_ADDRESS, id, household.address()),
                household.housing().ownsHome(),
                household.housing().areaSqm(),
                cipher.encrypt(PiiField.APPLICATION_HARDSHIP_CAUSES, id, String.join(",", form.hardshipCauses())),
                cipher.encrypt(PiiField.APPLICATION_NARRATIVE, id, form.narrative()),
                form.idCardPhotoFileId(),
                now,
                null,
                null,
                filer.accountId(),
                null);
    }
}
