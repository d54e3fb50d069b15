package cq.assist.webapi.monitoring;

import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.login.Roles;
import cq.assist.core.monitoring.AlertItem;
import cq.assist.core.monitoring.AlertView;
import cq.assist.core.monitoring.MonitoringAlerts;
import cq.assist.core.monitoring.RunRow;
import cq.assist.core.monitoring.ScreeningRuns;
import cq.assist.core.pii.Masking;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import cq.assist.workflow.monitoring.AlertFollowUps;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff: {@code GET /api/v1/monitoring/runs/{id}} and {@code GET /api/v1/monitoring/runs} (newest first,
 * {@code X-Total-Count}); {@code GET /api/v1/monitoring/alerts?regionCode=&kind=&status=&runId=&page=&size=}
 * (alerts in the caller's region, newest first, {@code X-Total-Count}, optionally only one run's; a region outside
 * it 403; each names its household by the applicant's masked name);
 * {@code POST /api/v1/monitoring/alerts/{id}/follow-up} opens the follow-up review cases (201).
 */
@RestController
@PreAuthorize("hasAnyRole('STREET_REVIEWER', 'DISTRICT_APPROVER', 'ADMIN')")
class MonitoringController {

    private final ScreeningRuns runs;
    private final MonitoringAlerts alerts;
    private final AlertFollowUps followUps;

    MonitoringController(ScreeningRuns runs, MonitoringAlerts alerts, AlertFollowUps followUps) {
        this.runs = runs;
        this.alerts = alerts;
        this.followUps = followUps;
    }

    @GetMapping("/api/v1/monitoring/runs/{id}")
    RunResponse run(@PathVariable String id) {
        return RunResponse.of(runs.run(id));
    }

    @GetMapping("/api/v1/monitoring/runs")
    ResponseEntity<List<RunResponse>> recent(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        List<RunResponse> found =
                runs.recent(page, size).stream().map(RunResponse::of).toList();
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(runs.count()))
                .body(found);
    }

    @GetMapping("/api/v1/monitoring/alerts")
    ResponseEntity<List<AlertResponse>> alerts(
            Caller caller,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String runId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        MonitoringAlerts.AlertPage found =
                alerts.page(regionCode, blank(kind), blank(status), blank(runId), page, size, scope(caller));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(found.total()))
                .body(found.alerts().stream().map(AlertResponse::of).toList());
    }

    @PostMapping("/api/v1/monitoring/alerts/{id}/follow-up")
    @PreAuthorize("hasAnyRole('DISTRICT_APPROVER', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    FollowUpResponse followUp(Caller caller, @PathVariable String id) {
        return new FollowUpResponse(id, "FOLLOW_UP", followUps.followUp(id, caller.subject(), scope(caller)));
    }

    private static String scope(Caller caller) {
        return caller.hasRole(Roles.ADMIN) ? null : nonNull(caller.scope(Roles.CLAIM_REGION));
    }

    private static String nonNull(String region) {
        return region == null ? "-" : region;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A run: what started it, its state and counts. */
    record RunResponse(
            String id,
            String status,
            String trigger,
            String regionCode,
            String reason,
            LocalDate screenDate,
            long households,
            long changed,
            long alerts,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {

        static RunResponse of(RunRow r) {
            return new RunResponse(
                    r.id(),
                    r.status(),
                    r.trigger(),
                    r.regionCode(),
                    r.reason(),
                    r.screenDate(),
                    r.households(),
                    r.changed(),
                    r.alerts(),
                    BusinessClock.toOffset(r.startedAt()),
                    BusinessClock.toOffset(r.finishedAt()));
        }
    }

    /**
     * An alert. {@code householdId} is the household's pseudonymous key, {@code householdName} its applicant's
     * name masked ({@code 裴**}; null when the application is gone); {@code items} carry the item code and the old
     * and new amounts (yuan strings).
     */
    record AlertResponse(
            String id,
            String householdId,
            String applicationId,
            String applicationNo,
            String communityCode,
            String kind,
            List<AlertItem> items,
            List<String> reasons,
            OffsetDateTime createdAt,
            String status,
            String runId,
            List<String> followUpCaseIds,
            String householdName) {

        static AlertResponse of(AlertView a) {
            return new AlertResponse(
                    a.id(),
                    a.householdKey(),
                    a.applicationId(),
                    a.applicationNo(),
                    a.communityCode(),
                    a.kind(),
                    a.itemList(),
                    ReasonsJson.read(a.reasons()),
                    BusinessClock.toOffset(a.createTime()),
                    a.status(),
                    a.runId(),
                    a.followUpCases() == null
                            ? List.of()
                            : List.of(a.followUpCases().split(",")),
                    Masking.name(a.applicantName()));
        }
    }

    /** The answer of a follow-up: the item cases opened for review. */
    record FollowUpResponse(String alertId, String status, List<String> caseIds) {}
}
