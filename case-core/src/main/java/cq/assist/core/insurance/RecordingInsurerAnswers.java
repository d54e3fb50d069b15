package cq.assist.core.insurance;

import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.CaseEventRow;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.notify.InAppMessages;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the insurer's answer to a FILED claim (once: a repeated answer changes nothing) and tells the
 * resident in-app and by SMS. A payout lowers the medical-aid amount still to be decided: the open
 * MEDICAL_AID case of the application gets {@code proposedAmount} = (its proposed amount, or the household's
 * medical expenses claimed) minus the payout, never below 0, with the reason appended to its reasons and an
 * {@code INSURER_PAYOUT} event in its history, so the medical-security reviewer decides on what is left.
 */
@Service
public class RecordingInsurerAnswers {

    /** The item-case event written when a payout lowers the amount to decide. */
    public static final String PAYOUT_EVENT = "INSURER_PAYOUT";

    private static final Set<String> OPEN = Set.of("PENDING", "IN_REVIEW", "PUBLIC_NOTICE");

    private final InsuranceClaimMapper claims;
    private final ItemCases cases;
    private final InAppMessages messages;
    private final ApplicantMessages outbox;
    private final MessageSource texts;
    private final BusinessClock clock;
    private final Timeline timeline;

    RecordingInsurerAnswers(
            InsuranceClaimMapper claims,
            ItemCases cases,
            InAppMessages messages,
            ApplicantMessages outbox,
            MessageSource texts,
            BusinessClock clock,
            Timeline timeline) {
        this.timeline = timeline;
        this.claims = claims;
        this.cases = cases;
        this.messages = messages;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Records the answer; returns false when the claim does not exist or was answered before (or never
     * filed). A paid answer needs an amount above 0 (else it is recorded as a rejection with the reason).
     */
    @Transactional
    public boolean record(InsurerAnswer answer) {
        InsuranceClaimRow claim = claims.selectById(answer.claimId());
        if (claim == null) {
            return false;
        }
        boolean paid = answer.paid()
                && answer.amountPaid() != null
                && answer.amountPaid().signum() > 0;
        BigDecimal amount = paid ? answer.amountPaid().setScale(2, RoundingMode.HALF_UP) : null;
        Instant now = clock.now();
        InsuranceClaimStatus status = paid ? InsuranceClaimStatus.PAID : InsuranceClaimStatus.REJECTED;
        if (claims.updateAnswer(claim.id(), status.name(), amount, answer.reason(), answer.insurerRef(), now) == 0) {
            return false;
        }
        if (paid) {
            openMedicalAid(claim.applicationId()).ifPresent(c -> lower(claim, c, amount, now));
        }
        String outcome = paid ? "paid" : "rejected";
        timeline.record(
                claim.applicationId(), paid ? "INSURANCE_PAID" : "INSURANCE_REJECTED", Timeline.Actor.SYSTEM, null);
        String detail = paid ? money(amount) : String.valueOf(answer.reason());
        messages.tell(
                claim.applicationId(),
                text("message.insurance." + outcome + ".title"),
                text("message.insurance." + outcome + ".text", claim.insurer(), detail));
        outbox.queue(
                claim.applicationId(),
                "INSURANCE:" + claim.id(),
                ApplicantMessages.SMS,
                text("message.insurance." + outcome + ".sms", claim.insurer(), paid ? detail : ""));
        return true;
    }

    private Optional<ItemCaseRow> openMedicalAid(String applicationId) {
        return cases.ofApplication(applicationId).stream()
                .filter(c -> "MEDICAL_AID".equals(c.itemCode()) && OPEN.contains(c.status()))
                .findFirst();
    }

    private void lower(InsuranceClaimRow claim, ItemCaseRow medicalAid, BigDecimal paid, Instant now) {
        ItemCaseRow locked = cases.lockForUpdate(medicalAid.id());
        BigDecimal base = locked.proposedAmount() != null ? locked.proposedAmount() : claim.amountClaimed();
        BigDecimal left = base.subtract(paid).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        String reason = text("insurance.medicalAid.lowered", claim.insurer(), money(paid), money(base), money(left));
        if (cases.changeProposedAmount(locked.id(), left, ReasonsJson.append(locked.reasons(), reason), "insurer", now)
                == 0) {
            return;
        }
        cases.recordEvent(new CaseEventRow(
                locked.id(),
                locked.currentStep() == null ? "INSURANCE" : locked.currentStep(),
                PAYOUT_EVENT,
                reason,
                paid,
                "insurer",
                now));
        claims.updateMedicalAidCase(claim.id(), locked.id());
    }

    private String text(String key, Object... args) {
        return texts.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
