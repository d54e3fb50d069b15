package cq.assist.core.charityrequest;

import cq.assist.core.charity.CharityFunds;
import cq.assist.core.charity.ProjectFundRow;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.Timeline;
import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.notify.InAppMessages;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A charity accepts a request to one of its projects with an amount, or declines it with a reason. An
 * acceptance takes the amount from the project's fund in the same transaction ({@link
 * cq.assist.core.charity.CharityFunds#debit}); when the fund cannot cover it the whole decision rolls back with
 * CONFLICT, so however many acceptances race, the fund is never overspent. The resident is told in-app and
 * by SMS through the outbox (once per request).
 */
@Service
public class DecidingCharityRequests {

    /** Longest reason. */
    public static final int MAX_REASON = 500;

    private final CharityRequestMapper requests;
    private final CharityFunds funds;
    private final InAppMessages messages;
    private final ApplicantMessages outbox;
    private final MessageSource texts;
    private final BusinessClock clock;
    private final Timeline timeline;

    public DecidingCharityRequests(
            CharityRequestMapper requests,
            CharityFunds funds,
            InAppMessages messages,
            ApplicantMessages outbox,
            MessageSource texts,
            BusinessClock clock,
            Timeline timeline) {
        this.timeline = timeline;
        this.requests = requests;
        this.funds = funds;
        this.messages = messages;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Decides a request of the charity's own projects.
     *
     * @param orgCode the charity account's organisation (its token claim); null finds nothing
     * @param actor the charity account
     * @throws DomainException VALIDATION naming {@code amount} or {@code reason}; NOT_FOUND for a request of
     *     another organisation; UNPROCESSABLE naming {@code amount} above the per-person cap; CONFLICT when
     *     the request is no longer SUBMITTED (decided, or consent withdrawn) or the amount is more than the
     *     project's remaining fund
     */
    @Transactional
    public CharityRequestView decide(String orgCode, String actor, String requestId, CharityDecision decision) {
        validate(decision);
        CharityRequestRow row = requests.selectById(requestId);
        if (row == null || orgCode == null || !orgCode.equals(row.orgCode())) {
            throw DomainException.notFound("charity.request.notFound");
        }
        if (!CharityRequestStatus.SUBMITTED.name().equals(row.status())) {
            throw new DomainException(ProblemKind.CONFLICT, "charity.request.notOpen");
        }
        Instant now = clock.now();
        String reason = decision.reason() == null ? null : decision.reason().strip();
        if (decision.accept()) {
            BigDecimal amount = decision.amount().setScale(2, RoundingMode.UNNECESSARY);
            ProjectFundRow project = funds.project(row.projectId()).orElseThrow();
            if (amount.compareTo(project.perPersonCap()) > 0) {
                throw DomainException.withFields(
                        ProblemKind.UNPROCESSABLE,
                        "charity.amount.overCap",
                        List.of(new FieldError("amount", "charity.amount.overCap", project.perPersonCap())));
            }
            if (requests.updateDecision(requestId, CharityRequestStatus.ACCEPTED.name(), amount, reason, now, actor)
                    == 0) {
                throw new DomainException(ProblemKind.CONFLICT, "charity.request.notOpen");
            }
            if (!funds.debit(row.projectId(), amount, actor)) {
                throw DomainException.withFields(
                        ProblemKind.CONFLICT,
                        "charity.fund.exceeded",
                        List.of(new FieldError("amount", "charity.fund.exceeded")));
            }
            tell(row, "accepted", money(amount));
            timeline.record(row.applicationId(), "CHARITY_ACCEPTED", Timeline.Actor.SYSTEM, null);
        } else {
            if (requests.updateDecision(requestId, CharityRequestStatus.DECLINED.name(), null, reason, now, actor)
                    == 0) {
                throw new DomainException(ProblemKind.CONFLICT, "charity.request.notOpen");
            }
            tell(row, "declined", reason);
            timeline.record(row.applicationId(), "CHARITY_DECLINED", Timeline.Actor.SYSTEM, null);
        }
        return CharityRequestView.of(requests.selectById(requestId), requests.selectConsent(requestId));
    }

    private void tell(CharityRequestRow row, String outcome, String detail) {
        messages.tell(
                row.applicationId(),
                text("message.charity." + outcome + ".title"),
                text("message.charity." + outcome + ".text", row.orgName(), row.projectName(), detail));
        outbox.queue(
                row.applicationId(),
                "CHARITY:" + row.id(),
                ApplicantMessages.SMS,
                text("message.charity." + outcome + ".sms", row.orgName(), detail));
    }

    private static void validate(CharityDecision decision) {
        List<FieldError> errors = new ArrayList<>();
        String reason = decision.reason() == null ? "" : decision.reason().strip();
        if (reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "charity.reason.length", MAX_REASON));
        }
        if (decision.accept()) {
            BigDecimal amount = decision.amount();
            if (amount == null
                    || amount.signum() <= 0
                    || amount.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError("amount", "charity.amount.invalid"));
            }
        } else if (reason.isEmpty()) {
            errors.add(new FieldError("reason", "charity.reason.required"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private String text(String key, Object... args) {
        return texts.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
