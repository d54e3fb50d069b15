package cq.assist.workflow.monitoring;

import cq.assist.core.fanout.GrantingApplyFree;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.monitoring.AlertItem;
import cq.assist.core.monitoring.AlertView;
import cq.assist.core.monitoring.ApplyFreeBases;
import cq.assist.core.monitoring.MonitoringAlerts;
import cq.assist.core.rules.ItemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants on the spot the apply-free items of a NEWLY_ELIGIBLE alert whose base grant the household holds
 * ({@link ApplyFreeBases}), each as an item case of origin MONITORING with a grant record and the resident's
 * message. When every item of the alert was granted so, the alert ends as FOLLOW_UP; otherwise it stays OPEN
 * for the community worker (the items the household must still apply for) and names the granted cases.
 */
@Service
class GrantingOnTheSpot {

    static final String SYSTEM = "system";

    private final GrantingApplyFree applyFree;
    private final ItemCases cases;
    private final MonitoringAlerts alerts;
    private final MessageSource texts;

    GrantingOnTheSpot(GrantingApplyFree applyFree, ItemCases cases, MonitoringAlerts alerts, MessageSource texts) {
        this.applyFree = applyFree;
        this.cases = cases;
        this.alerts = alerts;
        this.texts = texts;
    }

    /** Grants what can be granted now; returns the cases opened (none when nothing could be). */
    @Transactional
    public List<String> grant(AlertView alert) {
        Set<String> granted = Set.copyOf(cases.grantedItems(alert.householdKey()));
        List<String> opened = new ArrayList<>();
        boolean othersLeft = false;
        for (AlertItem item : alert.itemList()) {
            ItemCode code = code(item.itemCode());
            ItemCode base = code == null ? null : ApplyFreeBases.heldBase(code, granted);
            if (base == null) {
                othersLeft = true;
                continue;
            }
            String why = texts.getMessage(
                    "monitoring.applyFree.granted", new Object[] {base.zh(), code.zh()}, Locale.SIMPLIFIED_CHINESE);
            applyFree
                    .grantOnMonitoring(alert.applicationId(), alert.householdKey(), alert.communityCode(), code, why)
                    .ifPresent(opened::add);
        }
        if (opened.isEmpty()) {
            return opened;
        }
        if (othersLeft) {
            alerts.actedOn(alert.id(), opened);
        } else {
            alerts.followedUp(alert.id(), opened, SYSTEM);
        }
        return opened;
    }

    private static ItemCode code(String name) {
        try {
            return ItemCode.valueOf(name);
        } catch (IllegalArgumentException retired) {
            return null;
        }
    }
}
