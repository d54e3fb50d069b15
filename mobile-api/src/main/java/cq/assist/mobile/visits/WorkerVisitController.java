package cq.assist.mobile.visits;

import cq.assist.core.intake.HouseholdLabels;
import cq.assist.core.itemcase.HomeVisit;
import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import cq.assist.workflow.task.CompletingTasks;
import cq.assist.workflow.task.TaskScope;
import cq.assist.workflow.task.WorkerVisits;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A community worker's open home visits in its community, one per application however many of its items need a
 * visit, and recording one (which serves every item of the application waiting for a visit).
 */
@RestController
@PreAuthorize("hasRole('" + Roles.COMMUNITY_WORKER + "')")
class WorkerVisitController {

    private final WorkerVisits visits;
    private final CompletingTasks completing;
    private final HouseholdLabels households;

    WorkerVisitController(WorkerVisits visits, CompletingTasks completing, HouseholdLabels households) {
        this.visits = visits;
        this.completing = completing;
        this.households = households;
    }

    @GetMapping("/api/v1/worker/visits")
    List<VisitResponse> open(Caller caller) {
        return visits.perApplication(scope(caller)).stream()
                .map(v -> VisitResponse.of(v, households.of(v.primary().applicationId())))
                .toList();
    }

    @PostMapping("/api/v1/worker/visits/{taskId}")
    Recorded record(Caller caller, @PathVariable String taskId, @Valid @RequestBody VisitRequest body) {
        completing.visit(
                taskId,
                new HomeVisit(
                        body.findings(), body.recommendation(), body.photoFileIds(), body.latitude(), body.longitude()),
                scope(caller));
        return new Recorded(taskId, "RECORDED");
    }

    private static TaskScope scope(Caller caller) {
        return TaskScope.of(caller.subject(), caller.roles(), null, caller.scope(Roles.CLAIM_COMMUNITY));
    }

    /** The answer: the visit was recorded and the case went on to the street review. */
    record Recorded(String taskId, String result) {}
}
