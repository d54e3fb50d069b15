package cq.assist.core.itemcase;

import cq.assist.core.common.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far an approver may take an amount (issue 8; security review M9). The rules' proposed amount is
 * computed from the parameters in force at assessment (standard, members, incomes) and stored on the case;
 * the approver confirms it or changes it with a reason. An amount needs a second approver (maker-checker)
 * when it exceeds the proposal by more than {@code assist.amount.max-deviation} (default 0.10, i.e. 10 %),
 * or {@code assist.amount.second-approval-above} yuan (default 3000.00) whatever the proposal; no amount
 * above {@code assist.amount.hard-maximum} (default 100000.00 yuan) is accepted at all. All three are
 * working assumptions for Chongqing (the 2025 urban 低保 standard is 770 yuan a month per person:
 * policy-facts.md), to be set by the city.
 */
@Component
public class AmountPolicy {

    private final BigDecimal maxDeviation;
    private final BigDecimal secondApprovalAbove;
    private final BigDecimal hardMaximum;

    AmountPolicy(
            @Value("${assist.amount.max-deviation:0.10}") BigDecimal maxDeviation,
            @Value("${assist.amount.second-approval-above:3000.00}") BigDecimal secondApprovalAbove,
            @Value("${assist.amount.hard-maximum:100000.00}") BigDecimal hardMaximum) {
        this.maxDeviation = maxDeviation;
        this.secondApprovalAbove = secondApprovalAbove;
        this.hardMaximum = hardMaximum;
    }

    /**
     * Checks an approved amount.
     *
     * @param amount the amount the approver set (yuan, positive)
     * @param proposed the rules' proposal, or null when the rules made none (needs review)
     * @param reason the approver's reason (may be null)
     * @return whether a second approver must confirm it
     * @throws DomainException VALIDATION naming {@code amount} above the hard maximum, or {@code reason}
     *     when the amount differs from the proposal without one
     */
    public boolean needsSecondApprover(BigDecimal amount, BigDecimal proposed, String reason) {
        if (amount.compareTo(hardMaximum) > 0) {
            throw DomainException.invalid(List.of(new DomainException.FieldError(
                    "amount", "itemcase.amount.aboveMaximum", hardMaximum.toPlainString())));
        }
        boolean changed = proposed != null && amount.compareTo(proposed) != 0;
        if (changed && (reason == null || reason.isBlank())) {
            throw DomainException.invalid(List.of(new DomainException.FieldError(
                    "reason", "itemcase.amount.changedNeedsReason", proposed.toPlainString())));
        }
        if (amount.compareTo(secondApprovalAbove) > 0) {
            return true;
        }
        return proposed != null
                && amount.compareTo(proposed.multiply(BigDecimal.ONE.add(maxDeviation))
                                .setScale(2, RoundingMode.HALF_UP))
                        > 0;
    }
}
