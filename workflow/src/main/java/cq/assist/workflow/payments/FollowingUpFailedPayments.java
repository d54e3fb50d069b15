package cq.assist.workflow.payments;

import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.payments.FailedLine;
import cq.assist.core.payments.ReconcilingReturns;
import cq.assist.core.payments.ReturnLine;
import cq.assist.core.rules.ItemCode;
import cq.assist.workflow.item.ItemProcesses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles a bank return file and puts every failed line in the district's inbox: one follow-up case per
 * line (origin PAYMENT, the item's department at the district, proposing the line's amount, the bank's reason
 * in its reasons), in its item process's department review, so it is a task of {@code GET /tasks}. One
 * transaction: a line names its follow-up case, so the same file again, or a second file that fails the line
 * again, opens nothing more.
 */
@Service
public class FollowingUpFailedPayments {

    private final ReconcilingReturns returns;
    private final OpeningItemCases opening;
    private final ItemProcesses processes;
    private final MessageSource texts;

    FollowingUpFailedPayments(
            ReconcilingReturns returns, OpeningItemCases opening, ItemProcesses processes, MessageSource texts) {
        this.returns = returns;
        this.opening = opening;
        this.processes = processes;
        this.texts = texts;
    }

    /**
     * Applies the return file and opens the follow-ups of the lines now failed.
     *
     * @param scopeRegion the caller's district, or null for an administrator
     * @throws cq.assist.core.common.DomainException NOT_FOUND for a roll outside the scope
     */
    @Transactional
    public Reconciled reconcile(String rollId, List<ReturnLine> rows, String scopeRegion) {
        ReconcilingReturns.Reconciled done = returns.reconcile(rollId, rows, scopeRegion);
        List<String> opened = new ArrayList<>();
        for (FailedLine line : returns.awaitingFollowUp(rollId)) {
            ItemCaseRow row = opening.open(new NewCase(
                            line.applicationId(),
                            line.householdKey(),
                            line.communityCode(),
                            line.itemCode(),
                            CaseOrigin.PAYMENT,
                            ItemCaseStatus.PENDING,
                            false,
                            List.of(reason(line)),
                            line.amount()))
                    .orElseThrow();
            if (!returns.followedUp(line.lineId(), row.id())) {
                throw new IllegalStateException("payment line " + line.lineId() + " was followed up concurrently");
            }
            processes.start(row.id());
            opened.add(row.id());
        }
        return new Reconciled(done.paid(), done.failed(), done.unmatched(), opened);
    }

    private String reason(FailedLine line) {
        return texts.getMessage(
                "payments.failed.followUp",
                new Object[] {
                    line.month(),
                    ItemCode.valueOf(line.itemCode()).zh(),
                    line.amount().toPlainString(),
                    line.failReason()
                },
                Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The answer: lines paid, failed and unmatched in this file, and the follow-up cases opened now.
     *
     * @param followUpCaseIds the cases put in the district's inbox by this file
     */
    public record Reconciled(int paid, int failed, int unmatched, List<String> followUpCaseIds) {}
}
