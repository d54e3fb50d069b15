package cq.assist.core.authorization;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.ApplicationProcessPort;
import cq.assist.core.intake.Timeline;
import cq.assist.core.login.SmsCodes;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remote co-signing by a household member through a single-use link. The signer proves to be that
 * member with name and ID number matching the member and an SMS code sent to the member's phone on
 * file. On success the record is sealed, the token spent, the timeline told, and when the last
 * co-signer is in, the application process moves on.
 */
@Service
public class CoSigning {

    private final OpenTokens openTokens;
    private final AuthorizationTokenMapper tokens;
    private final AuthorizationLetterMapper letters;
    private final AuthorizationRecords records;
    private final SmsCodes smsCodes;
    private final PiiCipher cipher;
    private final Timeline timeline;
    private final ApplicationProcessPort process;
    private final BusinessClock clock;

    public CoSigning(
            OpenTokens openTokens,
            AuthorizationTokenMapper tokens,
            AuthorizationLetterMapper letters,
            AuthorizationRecords records,
            SmsCodes smsCodes,
            PiiCipher cipher,
            Timeline timeline,
            ApplicationProcessPort process,
            BusinessClock clock) {
        this.openTokens = openTokens;
        this.tokens = tokens;
        this.letters = letters;
        this.records = records;
        this.smsCodes = smsCodes;
        this.cipher = cipher;
        this.timeline = timeline;
        this.process = process;
        this.clock = clock;
    }

    /** The letter to sign and whom it is for; NOT_FOUND for an unknown token, GONE for a used or expired one. */
    @Transactional(readOnly = true)
    public CoSigningView view(String token) {
        OpenToken open = openTokens.find(token, false);
        LetterRow letter = letters.selectByVersion(open.token().letterVersion());
        return new CoSigningView(
                open.application().applicationNo(),
                Masking.name(open.application().applicantName()),
                Masking.name(open.member().name()),
                letter.letterText(),
                letter.letterVersion(),
                open.token().expiresAt());
    }

    /**
     * Signs for the member the token is bound to.
     *
     * @throws DomainException NOT_FOUND, GONE (used or expired), FORBIDDEN (not that member or wrong
     *     code), VALIDATION (signature is not a PNG)
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void sign(String token, CoSignature signature) {
        OpenToken open = openTokens.find(token, true);
        if (!SignaturePng.isPng(signature.signature())) {
            throw DomainException.invalid(List.of(new FieldError("signature", "intake.authorization.signature")));
        }
        boolean samePerson =
                Objects.equals(trim(signature.name()), open.member().name())
                        && open.member().idNumberHash().equals(cipher.blindIndex(signature.idNumber()));
        if (!samePerson || !smsCodes.consume(cipher.decrypt(open.member().phoneEnc()), signature.smsCode())) {
            throw new DomainException(ProblemKind.FORBIDDEN, "authorization.identity.mismatch");
        }
        records.record(new NewSignature(
                open.application().id(),
                open.member().seq(),
                letters.selectByVersion(open.token().letterVersion()),
                open.member().name(),
                open.member().idNumberHash(),
                IdentityMethod.NAME_ID_SMS,
                Channel.REMOTE_LINK,
                open.application().filerAccountId(),
                signature.signature(),
                clock.now()));
        if (tokens.updateUsed(new TokenUse(open.token().tokenHash(), clock.now())) != 1) {
            throw new DomainException(ProblemKind.GONE, "authorization.token.gone");
        }
        String applicationId = open.application().id();
        timeline.record(
                applicationId,
                "CO_SIGNED",
                Timeline.Actor.MEMBER,
                Masking.name(open.member().name()));
        if (tokens.selectOpen(applicationId).isEmpty()) {
            process.authorizationsComplete(applicationId);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
