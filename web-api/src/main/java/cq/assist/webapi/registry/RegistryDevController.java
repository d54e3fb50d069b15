package cq.assist.webapi.registry;

import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.login.Roles;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stages one person in the reference registry. Exists only in the demo profile (404 elsewhere); the ID
 * number is in the path because API.md prescribes it for this demo-only endpoint, and it is never logged.
 */
@RestController
@Profile("demo")
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class RegistryDevController {

    private final RegistryStaging staging;

    RegistryDevController(RegistryStaging staging) {
        this.staging = staging;
    }

    @PutMapping("/api/v1/dev/registry/persons/{idNumber}")
    ResponseEntity<RegistryPersonStaged> stage(
            @PathVariable String idNumber, @Valid @RequestBody StageRegistryPersonRequest body) {
        RegistryStaging.Outcome outcome = staging.stage(toStagedPerson(idNumber, body));
        HttpStatus status = outcome == RegistryStaging.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(new RegistryPersonStaged(outcome.name()));
    }

    private static StagedPerson toStagedPerson(String idNumber, StageRegistryPersonRequest b) {
        return new StagedPerson(
                idNumber,
                b.name(),
                b.monthlyWage(),
                b.monthlyPension(),
                b.monthlyOtherIncome(),
                b.deposits(),
                b.securities(),
                b.homes(),
                b.homeAreaSqm(),
                b.vehicles(),
                b.businesses(),
                b.disabilityGrade(),
                b.medicalExpenses12m(),
                b.onPublicPayroll(),
                b.deceased(),
                b.phone());
    }

    /** The answer: whether the person was {@code CREATED} or {@code UPDATED}. */
    record RegistryPersonStaged(String result) {}
}
