package cq.assist.workflow.monitoring;

import cq.assist.core.monitoring.AlertKind;
import cq.assist.core.monitoring.AlertOutcomes;
import cq.assist.core.monitoring.AlertView;
import cq.assist.core.monitoring.MonitoringAlerts;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The outcome stage of a screening run ({@link AlertOutcomes}): pages through the run's open alerts and, one
 * alert per transaction, grants newly met apply-free items on the spot ({@link GrantingOnTheSpot}) and turns
 * NO_LONGER_ELIGIBLE and AMOUNT_CHANGED alerts into review cases in the department's inbox
 * ({@link AlertFollowUps}: the review names the granted and the new amount, and proposes the new one). The
 * worker still sees every alert ({@code GET /worker/alerts}), ended as FOLLOW_UP once acted on. An alert whose
 * action fails stays OPEN, so the district can still follow it up by hand.
 */
@Service
class ActingOnAlerts implements AlertOutcomes {

    private static final Logger log = LoggerFactory.getLogger(ActingOnAlerts.class);
    private static final int PAGE = 200;
    private static final List<AlertKind> KINDS =
            List.of(AlertKind.NEWLY_ELIGIBLE, AlertKind.NO_LONGER_ELIGIBLE, AlertKind.AMOUNT_CHANGED);

    private final MonitoringAlerts alerts;
    private final GrantingOnTheSpot granting;
    private final AlertFollowUps followUps;

    ActingOnAlerts(MonitoringAlerts alerts, GrantingOnTheSpot granting, AlertFollowUps followUps) {
        this.alerts = alerts;
        this.granting = granting;
        this.followUps = followUps;
    }

    @Override
    public Acted actOn(String runId, Runnable heartbeat) {
        int granted = 0;
        int reviews = 0;
        int failed = 0;
        String after = null;
        while (true) {
            heartbeat.run();
            List<AlertView> page = alerts.openOfRun(runId, KINDS, after, PAGE);
            for (AlertView alert : page) {
                after = alert.id();
                try {
                    if (AlertKind.NEWLY_ELIGIBLE.name().equals(alert.kind())) {
                        granted += granting.grant(alert).size();
                    } else {
                        followUps.followUp(alert.id(), GrantingOnTheSpot.SYSTEM, null);
                        reviews++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn(
                            "Monitoring alert {} of run {} left open: {}",
                            alert.id(),
                            runId,
                            e.getClass().getSimpleName());
                }
            }
            if (page.size() < PAGE) {
                return new Acted(granted, reviews, failed);
            }
        }
    }
}
