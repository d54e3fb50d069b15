package cq.assist.core.authorization;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.ApplicationEnding;
import cq.assist.core.intake.Timeline;
import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.notify.InAppMessages;
import cq.assist.core.pii.Masking;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household member refuses to sign (PIPL: consent is free). The link is spent, the application ends
 * as CLOSED with the reason {@value #REASON} (no economic check runs; CLOSED rather than WITHDRAWN,
 * which is the applicant's own act, or EXPIRED, which is a missed deadline), the timeline records the
 * refusal, the process and its timers end, and the applicant is told in the app and by SMS with the
 * member's reason. Refusing must be easy (consent is free): the reason is optional, and a refusal without
 * one tells the applicant that no reason was given ({@code message.refused.noReason}).
 */
@Service
public class RefusingAuthorization {

    /** The closing reason of a refused application. */
    public static final String REASON = "AUTHORIZATION_REFUSED";
    /** Longest reason accepted. */
    public static final int MAX_REASON = 500;

    private final OpenTokens openTokens;
    private final AuthorizationTokenMapper tokens;
    private final ApplicationEnding ending;
    private final Timeline timeline;
    private final InAppMessages messages;
    private final ApplicantMessages applicantMessages;
    private final MessageSource texts;
    private final BusinessClock clock;

    public RefusingAuthorization(
            OpenTokens openTokens,
            AuthorizationTokenMapper tokens,
            ApplicationEnding ending,
            Timeline timeline,
            InAppMessages messages,
            ApplicantMessages applicantMessages,
            MessageSource texts,
            BusinessClock clock) {
        this.openTokens = openTokens;
        this.tokens = tokens;
        this.ending = ending;
        this.timeline = timeline;
        this.messages = messages;
        this.applicantMessages = applicantMessages;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Refuses through the link.
     *
     * @param reason why, in the member's words (at most {@value #MAX_REASON} characters), or null or blank
     *     when the member gives none
     * @throws DomainException NOT_FOUND, GONE (used, expired or ended), VALIDATION naming {@code reason} (too
     *     long), CONFLICT {@code guardian-required} (a member under 18 on the business date decides through its
     *     guardian, before the community worker, not by a link; nothing changes)
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void refuse(String token, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_REASON) {
            throw DomainException.invalid(List.of(new FieldError("reason", "authorization.refuse.reason")));
        }
        OpenToken open = openTokens.find(token, true);
        CoSigning.requireAdult(open, clock.today());
        if (tokens.updateUsed(new TokenUse(open.token().tokenHash(), clock.now())) != 1) {
            throw new DomainException(ProblemKind.GONE, "authorization.token.gone");
        }
        String applicationId = open.application().id();
        String member = Masking.name(open.member().name());
        ending.close(applicationId, REASON);
        timeline.record(applicationId, "AUTHORIZATION_REFUSED", Timeline.Actor.MEMBER, member);
        String title = texts.getMessage("message.refused.title", null, Locale.SIMPLIFIED_CHINESE);
        String body = texts.getMessage(
                "message.refused.text",
                new Object[] {
                    open.application().applicationNo(),
                    member,
                    text.isEmpty()
                            ? texts.getMessage("message.refused.noReason", null, Locale.SIMPLIFIED_CHINESE)
                            : text
                },
                Locale.SIMPLIFIED_CHINESE);
        messages.tell(applicationId, title, body);
        applicantMessages.queue(
                applicationId,
                REASON,
                ApplicantMessages.SMS,
                texts.getMessage(
                        "message.refused.sms",
                        new Object[] {open.application().applicationNo(), member},
                        Locale.SIMPLIFIED_CHINESE));
    }
}
