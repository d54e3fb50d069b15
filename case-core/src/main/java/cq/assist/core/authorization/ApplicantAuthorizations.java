package cq.assist.core.authorization;

import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.AuthorizationPort;
import cq.assist.core.intake.Filer;
import cq.assist.core.intake.IdentityCheck;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.intake.Timeline;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.pii.Masking;
import cq.assist.core.rules.Relation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Intake's {@link AuthorizationPort}: the authorizations settled at submission: the applicant's own record (a
 * real-name bound resident, or the person a worker checked in person), a guardian record for every minor child or
 * grandchild of the applicant, and a co-signing token for every other member who must authorize. Returns how many
 * co-signers are pending.
 *
 * <p>Each record carries its identity evidence, sealed with it (review M5), without personal data: for a
 * resident's filing the account and its real-name check ({@code account=...;realName=<method>:<reference>;
 * verifiedAt=...}), for a worker's the worker and how identity was checked in person ({@code worker=...;check=...},
 * as {@link SigningInPerson} writes it); a guardian record adds {@code guardianFor=<relation>}.
 */
@Component
class ApplicantAuthorizations implements AuthorizationPort {

    private final AuthorizationLetterMapper letters;
    private final AuthorizationRecords records;
    private final CoSigningTokens tokens;
    private final Timeline timeline;
    private final MobileAccounts accounts;

    ApplicantAuthorizations(
            AuthorizationLetterMapper letters,
            AuthorizationRecords records,
            CoSigningTokens tokens,
            Timeline timeline,
            MobileAccounts accounts) {
        this.letters = letters;
        this.records = records;
        this.tokens = tokens;
        this.timeline = timeline;
        this.accounts = accounts;
    }

    @Override
    public Set<String> letterVersions() {
        return new HashSet<>(letters.selectVersions());
    }

    @Override
    public List<PendingCoSigner> pending(String applicationId) {
        return tokens.pending(applicationId).stream()
                .map(link ->
                        new PendingCoSigner(link.memberSeq(), link.authorizeUrl(), link.qrPngUrl(), link.expiresAt()))
                .toList();
    }

    @Override
    public int settle(ApplicationRow app, ApplicationForm form, List<MemberRow> members, Filer filer, Instant now) {
        LetterRow letter = letters.selectByVersion(form.authorization().letterVersion());
        boolean proxy = filer.worker();
        LocalDate today = now.atZone(cq.assist.core.time.BusinessClock.ZONE).toLocalDate();
        String evidence = proxy
                ? "worker=" + filer.accountId() + ";check="
                        + (form.identityCheck() == null ? IdentityCheck.ID_CARD_IN_PERSON.name() : form.identityCheck())
                : accounts.realNameOf(filer.accountId())
                        .map(r -> "account=" + filer.accountId() + ";realName=" + r.method() + ":" + r.reference()
                                + ";verifiedAt=" + r.verifiedAt())
                        .orElse("account=" + filer.accountId());
        int coSigners = 0;
        for (MemberRow member : members) {
            boolean self = Relation.SELF.name().equals(member.relation());
            boolean minor = member.minorOn(today);
            if (self || (minor && Relation.applicantIsGuardianOf(member.relation()))) {
                IdentityMethod method = self
                        ? (proxy ? IdentityMethod.WORKER_IN_PERSON : IdentityMethod.APPLICANT_REAL_NAME)
                        : IdentityMethod.GUARDIAN;
                records.record(new NewSignature(
                        app.id(),
                        member.seq(),
                        letter,
                        app.applicantName(),
                        app.applicantIdNumberHash(),
                        method,
                        proxy ? Channel.PROXY : Channel.APP,
                        filer.accountId(),
                        form.authorization().signature(),
                        now,
                        self ? evidence : evidence + ";guardianFor=" + member.relation()));
            } else if (member.requiresAuthorization()) {
                tokens.issue(app.id(), member.seq(), letter.letterVersion(), now);
                coSigners++;
            }
        }
        timeline.record(
                app.id(),
                "APPLICANT_AUTHORIZED",
                proxy ? Timeline.Actor.WORKER : Timeline.Actor.APPLICANT,
                // a worker acts under its role alone: the applicant's name beside it would read as the worker's
                proxy ? null : Masking.name(app.applicantName()));
        return coSigners;
    }
}
