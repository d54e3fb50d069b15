package cq.assist.mobile.alerts;

import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.login.Roles;
import cq.assist.core.monitoring.AlertItem;
import cq.assist.core.monitoring.AlertView;
import cq.assist.core.monitoring.MonitoringAlerts;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.i18n.Reasons;
import cq.assist.web.security.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A community worker's monitoring alerts: {@code GET /api/v1/worker/alerts} lists the newest 100 of its
 * community (open ones and those dealt with); {@code POST /api/v1/worker/alerts/{id}/resolve} with
 * {@code {note}} resolves one (200; another community's: 404; already dealt with: 409; no note: 400
 * naming {@code note}).
 */
@RestController
@PreAuthorize("hasRole('" + Roles.COMMUNITY_WORKER + "')")
class WorkerAlertController {

    private final MonitoringAlerts alerts;

    WorkerAlertController(MonitoringAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/worker/alerts")
    List<WorkerAlert> list(Caller caller) {
        return alerts.ofCommunity(caller.scope(Roles.CLAIM_COMMUNITY)).stream()
                .map(a -> WorkerAlert.of(a, alerts.household(a)))
                .toList();
    }

    @PostMapping("/api/v1/worker/alerts/{id}/resolve")
    WorkerAlert resolve(Caller caller, @PathVariable String id, @RequestBody ResolveRequest body) {
        AlertView resolved = alerts.resolve(id, body.note(), caller.subject(), caller.scope(Roles.CLAIM_COMMUNITY));
        return WorkerAlert.of(resolved, alerts.household(resolved));
    }

    /** Body of the resolve: what the worker found or did (at most 500 characters; stored encrypted). */
    record ResolveRequest(String note) {}

    /**
     * One alert as the worker's phone shows it; {@code householdName} and {@code address} name the household
     * masked ({@code 卢**}, {@code 渝中区领事巷**}), so the worker knows whom to visit without the list
     * showing a full name and door number.
     */
    record WorkerAlert(
            String id,
            String householdId,
            String applicationNo,
            String kind,
            List<AlertItem> items,
            List<String> reasons,
            OffsetDateTime createdAt,
            String status,
            String householdName,
            String address) {

        static WorkerAlert of(AlertView a, MonitoringAlerts.Household household) {
            return new WorkerAlert(
                    a.id(),
                    a.householdKey(),
                    a.applicationNo(),
                    a.kind(),
                    a.itemList(),
                    Reasons.inRequestLanguage(ReasonsJson.read(a.reasons())),
                    BusinessClock.toOffset(a.createTime()),
                    a.status(),
                    household.name(),
                    household.address());
        }
    }
}
