package cq.assist.workflow.monitoring;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.monitoring.AlertItem;
import cq.assist.core.monitoring.AlertKind;
import cq.assist.core.monitoring.AlertView;
import cq.assist.core.monitoring.MonitoringAlerts;
import cq.assist.workflow.item.ItemProcesses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a monitoring alert into a follow-up review (复审): one item case per item the alert names, with
 * origin MONITORING and the alert's reasons, each in its item process, so it lands in the department's
 * inbox like any case (低保/特困: home visit, street review, notice, district decision). A newly eligible
 * item takes the household's key (a household never holds an item twice: an item held or open meanwhile is
 * skipped); a review of an item the household holds opens beside the granted case. A changed amount's review
 * proposes the new amount (its reasons name the granted and the new one). The alert then ends as FOLLOW_UP,
 * in the same transaction. Screening runs call this for every NO_LONGER_ELIGIBLE and AMOUNT_CHANGED alert
 * ({@link ActingOnAlerts}); staff call it for a NEWLY_ELIGIBLE one.
 */
@Service
public class AlertFollowUps {

    private final MonitoringAlerts alerts;
    private final OpeningItemCases opening;
    private final ItemProcesses processes;

    AlertFollowUps(MonitoringAlerts alerts, OpeningItemCases opening, ItemProcesses processes) {
        this.alerts = alerts;
        this.opening = opening;
        this.processes = processes;
    }

    /**
     * Opens the follow-up review of an alert in the caller's region.
     *
     * @param scopeRegion the caller's region (a community code prefix), or null for an administrator
     * @return the item cases opened
     * @throws DomainException NOT_FOUND outside the region; CONFLICT when the alert has ended or no item is
     *     left to review
     */
    @Transactional
    public List<String> followUp(String alertId, String account, String scopeRegion) {
        AlertView alert = alerts.inScope(alertId, scopeRegion);
        if (!"OPEN".equals(alert.status())) {
            throw new DomainException(ProblemKind.CONFLICT, "monitoring.alert.ended");
        }
        return followUp(alert, account);
    }

    /**
     * Opens the follow-up review of an alert the caller has just read (the outcome stage's page): no second
     * read; the alert's conditional end ({@code status = 'OPEN'}) is the claim, so an alert ended meanwhile
     * fails with CONFLICT and the caller's transaction must roll back what was opened.
     *
     * @return the item cases opened
     * @throws DomainException CONFLICT when the alert has ended or no item is left to review
     */
    @Transactional
    List<String> followUp(AlertView alert, String account) {
        boolean takesKey = AlertKind.NEWLY_ELIGIBLE.name().equals(alert.kind());
        boolean amountChanged = AlertKind.AMOUNT_CHANGED.name().equals(alert.kind());
        List<String> reasons = ReasonsJson.read(alert.reasons());
        List<String> opened = new ArrayList<>();
        for (AlertItem item : alert.itemList()) {
            Optional<ItemCaseRow> row = opening.open(new NewCase(
                    alert.applicationId(),
                    alert.householdKey(),
                    alert.communityCode(),
                    item.itemCode(),
                    CaseOrigin.MONITORING,
                    ItemCaseStatus.PENDING,
                    takesKey,
                    reasons,
                    amountChanged && item.newAmount() != null ? new java.math.BigDecimal(item.newAmount()) : null));
            row.ifPresent(r -> {
                processes.start(r);
                opened.add(r.id());
            });
        }
        if (opened.isEmpty()) {
            throw new DomainException(ProblemKind.CONFLICT, "monitoring.followUp.nothing");
        }
        alerts.followedUp(alert.id(), opened, account);
        return opened;
    }
}
