package cq.assist.webapi.incident;

import cq.assist.core.incident.CaseIncidents;
import cq.assist.core.incident.IncidentRow;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators' dead-letter view (issue 7): {@code GET /api/v1/admin/incidents?status=OPEN&page=&size=}
 * lists asynchronous steps that failed all their retries, newest first, with the application and the
 * cause ({@code status} OPEN or RETRIED, {@code page} 0 to 10,000, {@code size} 1 to 100, else 400 naming the
 * parameter); {@code POST /api/v1/admin/incidents/{id}/retry} runs the step again once the cause is fixed
 * (200 with the incident, now RETRIED; unknown: 404; already retried or its job gone: 409).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class IncidentController {

    private final CaseIncidents incidents;

    IncidentController(CaseIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/api/v1/admin/incidents")
    List<IncidentResponse> list(
            @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return incidents.list(status, page, size).stream()
                .map(IncidentResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/admin/incidents/{id}/retry")
    IncidentResponse retry(Caller caller, @PathVariable long id) {
        return IncidentResponse.of(incidents.retry(id, caller.subject()));
    }

    /** One incident as the console shows it; the cause carries no personal data. */
    record IncidentResponse(
            long id,
            String applicationId,
            String step,
            String cause,
            String status,
            OffsetDateTime createdAt,
            String retriedBy,
            OffsetDateTime retriedAt) {

        static IncidentResponse of(IncidentRow row) {
            return new IncidentResponse(
                    row.id(),
                    row.applicationId(),
                    row.elementId(),
                    row.cause(),
                    row.status(),
                    at(row.createTime()),
                    row.updateBy(),
                    at(row.updateTime()));
        }

        private static OffsetDateTime at(Instant instant) {
            return instant == null ? null : BusinessClock.toOffset(instant);
        }
    }
}
