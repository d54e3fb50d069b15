package cq.assist.webapi.admin;

import cq.assist.core.monitoring.MonitoredHouseholds;
import cq.assist.core.monitoring.ParameterChanges;
import cq.assist.core.parameters.NewParameterVersion;
import cq.assist.core.parameters.ParameterQuery;
import cq.assist.core.parameters.ParameterVersion;
import cq.assist.core.parameters.PublishingParameters;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators: {@code GET /api/v1/admin/parameters?key=&regionCode=} lists every version of the
 * parameters named (both filters optional); {@code POST /api/v1/admin/parameters} publishes a new
 * version (201) and starts the re-screening of every monitored household of its region
 * ({@code screeningRunId}: follow it at {@code GET /api/v1/monitoring/runs/{id}}). Values are decimal
 * strings (yuan for money); a bad field is a 400 problem naming it, a version that exists already 409.
 * {@code GET /api/v1/admin/parameters/rescreen-households?regionCode=&page=&size=} lists, before a version is
 * published, the monitored households a version of that region would re-screen (names masked, newest under
 * monitoring first, {@code X-Total-Count}).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ParameterController {

    private final PublishingParameters publishing;
    private final ParameterChanges changes;
    private final MonitoredHouseholds monitored;

    ParameterController(PublishingParameters publishing, ParameterChanges changes, MonitoredHouseholds monitored) {
        this.publishing = publishing;
        this.changes = changes;
        this.monitored = monitored;
    }

    @GetMapping("/api/v1/admin/parameters/rescreen-households")
    ResponseEntity<List<RescreenHousehold>> toRescreen(
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        MonitoredHouseholds.RescreenPage found = monitored.toRescreen(regionCode, page, size);
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(found.total()))
                .body(found.households().stream().map(RescreenHousehold::of).toList());
    }

    /**
     * A monitored household a new version would re-screen; {@code householdId} is its pseudonymous key and
     * {@code applicantName} is masked.
     */
    record RescreenHousehold(
            String householdId,
            String applicationNo,
            String applicantName,
            String communityCode,
            OffsetDateTime since,
            LocalDate nextReviewOn) {

        static RescreenHousehold of(MonitoredHouseholds.ToRescreen h) {
            return new RescreenHousehold(
                    h.householdKey(),
                    h.applicationNo(),
                    h.applicantName(),
                    h.communityCode(),
                    BusinessClock.toOffset(h.since()),
                    h.nextReviewOn());
        }
    }

    @GetMapping("/api/v1/admin/parameters")
    List<ParameterResponse> list(
            @RequestParam(required = false) String key, @RequestParam(required = false) String regionCode) {
        return publishing.list(new ParameterQuery(blankToNull(key), blankToNull(regionCode))).stream()
                .map(v -> ParameterResponse.of(v, null))
                .toList();
    }

    @PostMapping("/api/v1/admin/parameters")
    @ResponseStatus(HttpStatus.CREATED)
    ParameterResponse publish(Caller caller, @RequestBody ParameterRequest body) {
        ParameterChanges.Published published = changes.publish(
                new NewParameterVersion(
                        body.key(), body.regionCode(), body.value(), body.effectiveFrom(), body.source()),
                caller.subject());
        return ParameterResponse.of(published.version(), published.runId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Body of the POST: every field as text, checked in the domain so that each error names its field. */
    record ParameterRequest(String key, String regionCode, String value, String effectiveFrom, String source) {}

    /** One version; {@code screeningRunId} only in the answer of a POST. */
    record ParameterResponse(
            String key,
            String regionCode,
            String value,
            String unit,
            LocalDate effectiveFrom,
            String source,
            String createdBy,
            String screeningRunId) {

        static ParameterResponse of(ParameterVersion v, String screeningRunId) {
            return new ParameterResponse(
                    v.key(),
                    v.regionCode(),
                    text(v.value(), v.unit()),
                    v.unit(),
                    v.effectiveFrom(),
                    v.source(),
                    v.createdBy(),
                    screeningRunId);
        }

        private static String text(BigDecimal value, String unit) {
            if (unit != null && unit.startsWith("YUAN")) {
                return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
    }
}
