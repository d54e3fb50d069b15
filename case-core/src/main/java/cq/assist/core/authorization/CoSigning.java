package cq.assist.core.authorization;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.files.SignaturePng;
import cq.assist.core.identity.IdentityInput;
import cq.assist.core.identity.PhonesOnFile;
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
 * member to the population registry, never to the filer: the ID number matching the member, and a
 * code sent to the registry's phone on file for that ID number ({@link #sendCode}), bound to this link.
 * The full name is optional (the page shows it masked, and an old signer should not have to type what the
 * ID number and the phone already prove); when given, it must match as well. Every attempt does the same work (the code is checked whether or not name and ID match), and
 * failed attempts are counted per token; after {@value TokenFailures#MAX} the link is void. On success
 * the record is sealed with its evidence, the token spent, the timeline told, and when the last
 * co-signer is in, the application process moves on. A member under 18 on the business date never signs
 * remotely: a guardian signs for the minor in person before the community worker ({@link SigningInPerson}), so
 * the code request and the signature answer CONFLICT {@code guardian-required} (policy: "a guardian signs for
 * minors").
 */
@Service
public class CoSigning {

    private final OpenTokens openTokens;
    private final AuthorizationTokenMapper tokens;
    private final AuthorizationLetterMapper letters;
    private final AuthorizationRecords records;
    private final SmsCodes smsCodes;
    private final PhonesOnFile phones;
    private final TokenFailures failures;
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
            PhonesOnFile phones,
            TokenFailures failures,
            PiiCipher cipher,
            Timeline timeline,
            ApplicationProcessPort process,
            BusinessClock clock) {
        this.openTokens = openTokens;
        this.tokens = tokens;
        this.letters = letters;
        this.records = records;
        this.smsCodes = smsCodes;
        this.phones = phones;
        this.failures = failures;
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
                open.member().relation(),
                open.member().minorOn(clock.today()),
                letter.letterText(),
                letter.letterVersion(),
                open.token().expiresAt());
    }

    /**
     * Sends a co-signing code for this link to the member's phone on file.
     *
     * @param clientIp the caller's address (per-IP limit), may be null
     * @return the masked phone the code went to
     * @throws DomainException NOT_FOUND, GONE, CONFLICT {@code guardian-required} (the member is under 18 on
     *     the business date: a guardian signs in person before the community worker; no code is sent), CONFLICT
     *     {@code no-phone-on-file} (the member signs in person before the community worker), TOO_MANY_REQUESTS
     *     (SMS limits and budgets)
     */
    public String sendCode(String token, String clientIp) {
        OpenToken open = openTokens.find(token, false);
        requireAdult(open);
        String phone = phoneOnFile(open);
        smsCodes.send(
                phone,
                clientIp,
                SmsCodes.coSigning(open.token().tokenHash()),
                open.application().applicantIdNumberHash());
        return Masking.phone(phone);
    }

    /**
     * Signs for the member the token is bound to. The name in {@code signature} may be null or blank (not
     * asked); a name given must be the member's.
     *
     * @throws DomainException NOT_FOUND, GONE (used, expired or void), FORBIDDEN (not that member or wrong
     *     code), CONFLICT {@code guardian-required} (a minor: nothing is recorded), CONFLICT
     *     {@code no-phone-on-file}, VALIDATION (signature is not a PNG)
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void sign(String token, CoSignature signature) {
        sign(token, signature, null);
    }

    /**
     * Signs like {@link #sign(String, CoSignature)}, with the caller's address: the wrong-code limits of
     * {@link SmsCodes#consume(String, String, String, String)} count per phone at that address, so a stranger
     * cannot lock the member out, and a guarded phone takes only a code asked for from that address.
     *
     * @param clientIp the caller's address after the trusted-proxy rule, may be null (unknown)
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void sign(String token, CoSignature signature, String clientIp) {
        OpenToken open = openTokens.find(token, true);
        requireAdult(open);
        if (!SignaturePng.isPng(signature.signature())) {
            throw DomainException.invalid(List.of(new FieldError("signature", "intake.authorization.signature")));
        }
        String phone = phoneOnFile(open);
        String tokenHash = open.token().tokenHash();
        boolean codeOk = smsCodes.consume(phone, signature.smsCode(), SmsCodes.coSigning(tokenHash), clientIp);
        String name = IdentityInput.name(signature.name());
        boolean nameOk =
                name == null || name.isEmpty() || name.equals(open.member().name());
        boolean samePerson = nameOk
                & cipher.matchesIndex(
                        open.member().idNumberHash(),
                        IdentityInput.idNumber(Objects.toString(signature.idNumber(), "")));
        if (!(codeOk && samePerson)) {
            failures.count(tokenHash);
            throw new DomainException(ProblemKind.FORBIDDEN, "authorization.identity.mismatch");
        }
        records.record(new NewSignature(
                open.application().id(),
                open.member().seq(),
                letters.selectByVersion(open.token().letterVersion()),
                open.member().name(),
                open.member().idNumberHash(),
                IdentityMethod.PHONE_ON_FILE_SMS,
                Channel.REMOTE_LINK,
                open.application().filerAccountId(),
                signature.signature(),
                clock.now(),
                "phoneOnFile=" + cipher.blindIndex(phone) + ";link=" + tokenHash + ";relation="
                        + open.member().relation()));
        finish(open, Masking.name(open.member().name()));
    }

    /** Spends the token, tells the timeline, and moves the process on after the last signature. */
    void finish(OpenToken open, String maskedSigner) {
        if (tokens.updateUsed(new TokenUse(open.token().tokenHash(), clock.now())) != 1) {
            throw new DomainException(ProblemKind.GONE, "authorization.token.gone");
        }
        String applicationId = open.application().id();
        timeline.record(applicationId, "CO_SIGNED", Timeline.Actor.MEMBER, maskedSigner);
        if (tokens.selectOpen(applicationId).isEmpty()) {
            process.authorizationsComplete(applicationId);
        }
    }

    /**
     * Refuses a member under 18 on the business date: a minor cannot authorize the economic check by a code to
     * a phone (which may well be the minor's own); its guardian signs in person before the community worker.
     * A member without a known birth date is treated as an adult, as at filing.
     */
    private void requireAdult(OpenToken open) {
        requireAdult(open, clock.today());
    }

    /**
     * The same rule for every remote act on a link (code, signature, refusal): CONFLICT {@code guardian-required}
     * when the member is under 18 on {@code today}.
     */
    static void requireAdult(OpenToken open, java.time.LocalDate today) {
        if (open.member().minorOn(today)) {
            throw new DomainException(ProblemKind.CONFLICT, "authorization.guardian.required")
                    .withType("guardian-required");
        }
    }

    private String phoneOnFile(OpenToken open) {
        return phones.lookUpMember(
                        open.member().applicationId(),
                        open.member().seq(),
                        open.member().idNumberEnc(),
                        cipher)
                .map(PhonesOnFile.OnFile::phone)
                .orElseThrow(() -> new DomainException(ProblemKind.CONFLICT, "authorization.phone.none")
                        .withType("no-phone-on-file"));
    }
}
