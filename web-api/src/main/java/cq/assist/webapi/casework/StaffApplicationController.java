package cq.assist.webapi.casework;

import cq.assist.core.casework.ApplicationStats;
import cq.assist.core.casework.ReadingForStaff;
import cq.assist.core.casework.StaffApplication;
import cq.assist.core.casework.StaffScope;
import cq.assist.core.casework.StepFacts;
import cq.assist.core.charityrequest.HouseholdCharityHelp;
import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.insurance.FilingInsuranceClaims;
import cq.assist.core.intake.EventRow;
import cq.assist.core.intake.TimelineTexts;
import cq.assist.core.login.Roles;
import cq.assist.core.monitoring.MonitoringAlerts;
import cq.assist.core.payments.PaymentStatistics;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import cq.assist.workflow.item.Objections;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff: the application in scope (else 404), objections during the public notice, the dashboard. */
@RestController
@PreAuthorize("hasAnyRole('STREET_REVIEWER', 'DISTRICT_APPROVER', 'DEPARTMENT_REVIEWER', 'ADMIN')")
class StaffApplicationController {
    // ADMIN stays in the list for /stats only: ReadingForStaff answers 404 to an administrator

    private final ReadingForStaff reading;
    private final Objections objections;
    private final ApplicationStats stats;
    private final TimelineTexts texts;
    private final HouseholdCharityHelp charityHelp;
    private final FilingInsuranceClaims insuranceClaims;
    private final PaymentStatistics payments;
    private final MonitoringAlerts alerts;
    private final StepFacts stepFacts;

    StaffApplicationController(
            ReadingForStaff reading,
            Objections objections,
            ApplicationStats stats,
            TimelineTexts texts,
            HouseholdCharityHelp charityHelp,
            FilingInsuranceClaims insuranceClaims,
            PaymentStatistics payments,
            MonitoringAlerts alerts,
            StepFacts stepFacts) {
        this.stepFacts = stepFacts;
        this.charityHelp = charityHelp;
        this.insuranceClaims = insuranceClaims;
        this.reading = reading;
        this.objections = objections;
        this.stats = stats;
        this.texts = texts;
        this.payments = payments;
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/applications/{id}")
    StaffApplicationResponse read(Caller caller, @PathVariable String id) {
        String departmentKind = caller.scope(Roles.CLAIM_DEPARTMENT_KIND);
        StaffApplication application = reading.read(id, scope(caller));
        return view(
                application,
                departmentKind,
                stepFacts.of(application.id(), departmentKind).orElse(null));
    }

    @PostMapping("/api/v1/applications/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    ObjectionRecorded object(Caller caller, @PathVariable String id, @Valid @RequestBody ObjectionRequest body) {
        return new ObjectionRecorded(id, objections.raise(id, body.text(), scope(caller)), "INVESTIGATION");
    }

    /** The dashboard of the caller's region ({@code regionCode} within it; an administrator: any). */
    @GetMapping("/api/v1/stats")
    @PreAuthorize("hasAnyRole('DISTRICT_APPROVER', 'ADMIN')")
    StatsResponse stats(Caller caller, @RequestParam(required = false) String regionCode) {
        StaffScope scope = scope(caller);
        ApplicationStats.Stats figures = stats.forCaller(scope, regionCode);
        String region = regionCode != null && !regionCode.isBlank()
                ? regionCode.strip()
                : scope.admin() ? null : scope.region();
        return StatsResponse.of(
                figures, payments.byMonth(region), payments.byItemAndRegion(region), alerts.openByKind(region));
    }

    static StaffScope scope(Caller caller) {
        return new StaffScope(
                caller.subject(),
                caller.roles(),
                caller.scope(Roles.CLAIM_DEPARTMENT),
                caller.scope(Roles.CLAIM_DEPARTMENT_KIND),
                caller.scope(Roles.CLAIM_REGION));
    }

    /**
     * The view; the household's charity help and insurance claims only for civil affairs (who decide temporary
     * aid) and medical security (who decide medical aid), the two offices that weigh the same need
     * ({@code HouseholdCharityHelp}), the household's
     * facts as far as the caller's department needs them ({@link StepFacts}).
     */
    private StaffApplicationResponse view(StaffApplication a, String departmentKind, StepFacts.Shown facts) {
        boolean weighsSameNeed = "CIVIL_AFFAIRS".equals(departmentKind) || "MEDICAL_SECURITY".equals(departmentKind);
        return new StaffApplicationResponse(
                a.id(),
                a.applicationNo(),
                a.status(),
                a.filedBy(),
                BusinessClock.toOffset(a.submittedAt()),
                new StaffApplicationResponse.Applicant(a.applicantName(), a.applicantIdNumber(), a.applicantPhone()),
                a.communityCode(),
                a.targetDate(),
                a.overdue(),
                a.items().stream().map(StaffApplicationController::item).toList(),
                a.charityMatches().stream()
                        .map(m -> new StaffApplicationResponse.CharityMatch(
                                m.projectId(), m.name(), m.organisation(), m.reasons()))
                        .toList(),
                a.timeline().stream().map(this::entry).toList(),
                weighsSameNeed ? household(charityHelp.forApplication(a.id())) : null,
                !weighsSameNeed
                        ? null
                        : insuranceClaims.ofApplication(a.id()).stream()
                                .map(c -> new StaffApplicationResponse.InsuranceClaim(
                                        c.id(),
                                        c.insurer(),
                                        c.status(),
                                        money(c.amountClaimed()),
                                        money(c.amountPaid()),
                                        c.reason(),
                                        BusinessClock.toOffset(c.decidedAt()),
                                        c.medicalAidReduced()))
                                .toList(),
                facts,
                a.anonymisedAt() == null ? null : BusinessClock.toOffset(a.anonymisedAt()));
    }

    private static String money(java.math.BigDecimal amount) {
        return amount == null
                ? null
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static StaffApplicationResponse.HouseholdCharityHelp household(HouseholdCharityHelp.Record r) {
        return new StaffApplicationResponse.HouseholdCharityHelp(
                r.help().stream()
                        .map(h -> new StaffApplicationResponse.CharityHelp(
                                h.requestId(),
                                h.projectId(),
                                h.projectName(),
                                h.organisation(),
                                h.amount()
                                        .setScale(2, java.math.RoundingMode.HALF_UP)
                                        .toPlainString(),
                                BusinessClock.toOffset(h.decidedAt())))
                        .toList(),
                r.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                r.warning());
    }

    private static StaffApplicationResponse.Item item(ApplicationItems.Item i) {
        return new StaffApplicationResponse.Item(
                i.code(),
                i.name(),
                i.department(),
                i.kind(),
                i.status(),
                i.reasons(),
                i.amountText(),
                BusinessClock.toOffset(i.decidedAt()),
                i.proposedAmountText());
    }

    private StaffApplicationResponse.TimelineEntry entry(EventRow e) {
        return new StaffApplicationResponse.TimelineEntry(
                BusinessClock.toOffset(e.eventTime()), texts.event(e), texts.by(e));
    }

    /** The answer of an objection: the cases sent back to investigation. */
    record ObjectionRecorded(String applicationId, List<String> caseIds, String result) {}
}
