package cq.assist.core.payments;

import cq.assist.core.common.CoreTexts;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles the bank's return file with a roll: each row names a line of the roll and whether the bank
 * paid it. A row that names no line of this roll, or whose status is neither PAID nor FAILED, is
 * unmatched and changes nothing. Failed lines, with the bank's reason, are flagged to the district
 * ({@link PaymentStatistics#failedLines}) and each becomes a follow-up case in its inbox once
 * ({@link #awaitingFollowUp}, opened by the workflow module); a later file may still mark them PAID. The roll is RECONCILED
 * once no line is PENDING. Applying the same file twice gives the same state.
 */
@Service
public class ReconcilingReturns {

    private static final int REASON_MAX = 255;

    private final PaymentRolls rolls;
    private final PaymentMapper payments;
    private final BusinessClock clock;

    ReconcilingReturns(PaymentRolls rolls, PaymentMapper payments, BusinessClock clock) {
        this.rolls = rolls;
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Applies the rows to the roll.
     *
     * @param scopeRegion the caller's district, or null for an administrator
     * @throws cq.assist.core.common.DomainException NOT_FOUND for a roll outside the scope
     */
    @Transactional
    public Reconciled reconcile(String rollId, List<ReturnLine> rows, String scopeRegion) {
        RollRow roll = rolls.roll(rollId, scopeRegion);
        int paid = 0;
        int failed = 0;
        int unmatched = 0;
        for (ReturnLine row : rows) {
            String status = row.status() == null ? "" : row.status().strip().toUpperCase(Locale.ROOT);
            Long lineId = lineId(row.lineId());
            if (lineId == null || !(status.equals("PAID") || status.equals("FAILED"))) {
                unmatched++;
                continue;
            }
            String reason = status.equals("FAILED") ? reasonOf(row.reason()) : null;
            if (payments.updateLineReturn(new LineReturn(lineId, roll.id(), status, reason, clock.now())) != 1) {
                unmatched++;
            } else if (status.equals("PAID")) {
                paid++;
            } else {
                failed++;
            }
        }
        payments.updateRollReconciled(roll.id(), clock.now());
        return new Reconciled(paid, failed, unmatched);
    }

    /**
     * The roll's failed lines that no follow-up case names yet, locked until the caller's transaction ends
     * (two reconciliations of one roll never open two follow-ups for a line).
     */
    @Transactional
    public List<FailedLine> awaitingFollowUp(String rollId) {
        return payments.selectFailedWithoutFollowUp(rollId);
    }

    /** Names the follow-up case of a failed line; false when it has one already. Joins the caller's transaction. */
    public boolean followedUp(long lineId, String caseId) {
        return payments.updateFollowUp(lineId, caseId) == 1;
    }

    private static Long lineId(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private static String reasonOf(String reason) {
        String r = reason == null || reason.isBlank() ? CoreTexts.zh("payments.return.noReason") : reason.strip();
        return r.length() > REASON_MAX ? r.substring(0, REASON_MAX) : r;
    }

    /** The answer: rows that paid, failed, and named nothing of this roll. */
    public record Reconciled(int paid, int failed, int unmatched) {}
}
