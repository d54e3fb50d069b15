package cq.assist.webapi.casework;

import cq.assist.core.casework.ReadingHomeVisits;
import cq.assist.core.files.StoredFileService.FileContent;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.http.StoredFileResponses;
import cq.assist.web.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff read an application's home visits: {@code GET /api/v1/applications/{id}/home-visits} answers
 * {@code [{itemCode, worker, findings, recommendation: SUPPORT|OPPOSE, visitedAt, photos: [{fileId, url}]}]};
 * {@code GET .../home-visits/photos/{fileId}} answers the photo's bytes as a sandboxed attachment
 * ({@link StoredFileResponses}: never cached, {@code nosniff}; each view audited).
 * Outside the caller's scope: 404, as for the application itself.
 */
@RestController
@PreAuthorize("hasAnyRole('STREET_REVIEWER', 'DISTRICT_APPROVER', 'DEPARTMENT_REVIEWER', 'ADMIN')")
class HomeVisitController {

    private final ReadingHomeVisits reading;

    HomeVisitController(ReadingHomeVisits reading) {
        this.reading = reading;
    }

    @GetMapping("/api/v1/applications/{id}/home-visits")
    List<VisitResponse> visits(Caller caller, @PathVariable String id) {
        return reading.visits(id, StaffApplicationController.scope(caller)).stream()
                .map(v -> new VisitResponse(
                        v.itemCode(),
                        v.workerName(),
                        v.findings(),
                        v.recommendation(),
                        BusinessClock.toOffset(v.visitedAt()),
                        v.photoFileIds().stream()
                                .map(f -> new Photo(f, "/api/v1/applications/" + id + "/home-visits/photos/" + f))
                                .toList()))
                .toList();
    }

    @GetMapping("/api/v1/applications/{id}/home-visits/photos/{fileId}")
    ResponseEntity<byte[]> photo(
            Caller caller, @PathVariable String id, @PathVariable String fileId, HttpServletRequest http) {
        FileContent photo = reading.photo(id, fileId, StaffApplicationController.scope(caller), http.getRemoteAddr());
        return StoredFileResponses.attachment(photo);
    }

    /** One visit. */
    record VisitResponse(
            String itemCode,
            String worker,
            String findings,
            String recommendation,
            OffsetDateTime visitedAt,
            List<Photo> photos) {}

    /** One photo and where to read it. */
    record Photo(String fileId, String url) {}
}
