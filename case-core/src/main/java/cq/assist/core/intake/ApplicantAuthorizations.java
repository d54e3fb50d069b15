package cq.assist.core.intake;

import cq.assist.core.authorization.AuthorizationLetterMapper;
import cq.assist.core.authorization.AuthorizationRecords;
import cq.assist.core.authorization.Channel;
import cq.assist.core.authorization.CoSigningTokens;
import cq.assist.core.authorization.IdentityMethod;
import cq.assist.core.authorization.LetterRow;
import cq.assist.core.authorization.NewSignature;
import cq.assist.core.pii.Masking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The authorizations settled at submission: the applicant's own record (a real-name bound resident, or
 * the person a worker checked in person), a guardian record for every minor child or grandchild of the
 * applicant, and a co-signing token for every other member who must authorize. Returns how many
 * co-signers are pending.
 */
@Component
class ApplicantAuthorizations {

    private final AuthorizationLetterMapper letters;
    private final AuthorizationRecords records;
    private final CoSigningTokens tokens;
    private final Timeline timeline;

    ApplicantAuthorizations(
            AuthorizationLetterMapper letters,
            AuthorizationRecords records,
            CoSigningTokens tokens,
            Timeline timeline) {
        this.letters = letters;
        this.records = records;
        this.tokens = tokens;
        this.timeline = timeline;
    }

    /**
     * Whether the applicant is the parent or grandparent of a member of this relation, and so its
     * guardian while the member is a minor (Civil Code Art. 27). Any other minor's guardian signs in
     * person before the community worker.
     */
    static boolean applicantIsGuardian(String relation) {
        return Relation.CHILD.name().equals(relation)
                || Relation.GRANDCHILD.name().equals(relation);
    }

    int settle(ApplicationRow app, ApplicationForm form, List<MemberRow> members, Filer filer, Instant now) {
        LetterRow letter = letters.selectByVersion(form.authorization().letterVersion());
        boolean proxy = filer.worker();
        LocalDate today = now.atZone(cq.assist.core.time.BusinessClock.ZONE).toLocalDate();
        int coSigners = 0;
        for (MemberRow member : members) {
            boolean self = Relation.SELF.name().equals(member.relation());
            boolean minor = member.birthDate().plusYears(18).isAfter(today);
            if (self || (minor && applicantIsGuardian(member.relation()))) {
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
                        now));
            } else if (member.requiresAuthorization()) {
                tokens.issue(app.id(), member.seq(), letter.letterVersion(), now);
                coSigners++;
            }
        }
        timeline.record(
                app.id(),
                "APPLICANT_AUTHORIZED",
                proxy ? Timeline.Actor.WORKER : Timeline.Actor.APPLICANT,
                Masking.name(app.applicantName()));
        return coSigners;
    }
}
