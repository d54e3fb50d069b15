package cq.assist.core.authorization;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.files.SignaturePng;
import cq.assist.core.identity.IdentityInput;
import cq.assist.core.intake.IdentityCheck;
import cq.assist.core.login.ActiveWorkers;
import cq.assist.core.pii.Masking;
import cq.assist.core.time.BusinessClock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member signs in person before the community worker of the household's community (for a member with
 * no phone on file, or a guardian for a minor or a ward). The worker records how identity was checked;
 * a guardian's signature is recorded as GUARDIAN_IN_PERSON with the guardian's name, a member's own as
 * MEMBER_IN_PERSON. A minor's authorization needs a guardian. The worker must be enabled and serve that
 * community now, else the link is "not found" for it.
 */
@Service
public class SigningInPerson {

    private final OpenTokens openTokens;
    private final AuthorizationLetterMapper letters;
    private final AuthorizationRecords records;
    private final CoSigning coSigning;
    private final ActiveWorkers workers;
    private final BusinessClock clock;

    public SigningInPerson(
            OpenTokens openTokens,
            AuthorizationLetterMapper letters,
            AuthorizationRecords records,
            CoSigning coSigning,
            ActiveWorkers workers,
            BusinessClock clock) {
        this.openTokens = openTokens;
        this.letters = letters;
        this.records = records;
        this.coSigning = coSigning;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Records the in-person signature.
     *
     * @param workerAccountId the worker's account
     * @param identityCheck ID_CARD_IN_PERSON, HOUSEHOLD_REGISTER_IN_PERSON or GUARDIAN_DOCUMENT
     * @param guardianName the guardian signing for a minor or a ward; null when the member signs itself
     * @throws DomainException NOT_FOUND (unknown link, or not the worker's community), GONE, VALIDATION
     *     naming {@code identityCheck}, {@code signature} or {@code guardianName}
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void sign(
            String workerAccountId, String token, String identityCheck, String signature, String guardianName) {
        OpenToken open = openTokens.find(token, true);
        if (!workers.serves(workerAccountId, open.application().communityCode())) {
            throw DomainException.notFound("authorization.token.notFound");
        }
        String guardian = IdentityInput.name(guardianName);
        boolean minor = open.member().minorOn(clock.today());
        List<FieldError> errors = new ArrayList<>();
        IdentityCheck check = parse(identityCheck);
        if (check == null) {
            errors.add(new FieldError("identityCheck", "authorization.inPerson.identityCheck"));
        }
        if (!SignaturePng.isPng(signature)) {
            errors.add(new FieldError("signature", "intake.authorization.signature"));
        }
        if ((minor || check == IdentityCheck.GUARDIAN_DOCUMENT) && (guardian == null || guardian.isEmpty())) {
            errors.add(new FieldError("guardianName", "authorization.inPerson.guardianRequired"));
        }
        if (guardian != null && guardian.length() > 64) {
            errors.add(new FieldError("guardianName", "authorization.inPerson.guardianRequired"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        boolean byGuardian = guardian != null && !guardian.isEmpty();
        records.record(new NewSignature(
                open.application().id(),
                open.member().seq(),
                letters.selectByVersion(open.token().letterVersion()),
                byGuardian ? guardian : open.member().name(),
                open.member().idNumberHash(),
                byGuardian ? IdentityMethod.GUARDIAN_IN_PERSON : IdentityMethod.MEMBER_IN_PERSON,
                Channel.IN_PERSON,
                open.application().filerAccountId(),
                signature,
                clock.now(),
                "worker=" + workerAccountId + ";check=" + check.name() + ";link="
                        + open.token().tokenHash()
                        + (byGuardian ? ";guardianFor=" + open.member().relation() : "")
                        + ";relation=" + open.member().relation()));
        coSigning.finish(
                open, Masking.name(byGuardian ? guardian : open.member().name()));
    }

    private static IdentityCheck parse(String value) {
        try {
            return value == null ? null : IdentityCheck.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
