package cq.assist.core.fanout;

import cq.assist.core.charity.CharityCatalog;
import cq.assist.core.check.EconomicCheck;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.common.Regions;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCatalog;
import cq.assist.core.itemcase.ItemRow;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.rules.Assessment;
import cq.assist.core.rules.Assessor;
import cq.assist.core.rules.CharityMatch;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.ItemDecision;
import cq.assist.core.rules.Outcome;
import cq.assist.core.time.BusinessClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Economic check and assessment of one application. Only items in play open an item case (issue 8):
 * eligible (or to-be-reviewed) items the household applies for, as PENDING cases holding the household
 * key; joint items and apply-free items, as cases waiting for the 低保/特困 grant (no key yet), which
 * {@link PushingJointItems} pushes or grants when that grant is decided ("when 低保 or 特困 is granted, push ...
 * and grant the five apply-free items at once", policy facts, joint pushes): the rules' ELIGIBLE for 低保 is a
 * proposal, and an apply-free item granted on it would be shown 已批准 while 低保 is still in review, and kept
 * if 低保 is refused. Only a household that already holds or has pending 低保 or 特困 gets its apply-free items
 * at once, as PENDING cases that {@link GrantingApplyFree} grants. Every other decision (not eligible, or already held by the
 * household) is stored with the assessment as a {@link SettledItem}, so no department has a case, a task
 * or a view of the application for it. Parameters are those in force on the submission date. Idempotent:
 * the application row is locked and a second run finds the assessment stored.
 */
@Service
public class AssessingApplication {

    private static final String ALREADY_HELD = CoreTexts.zh("itemcase.event.alreadyHeld");

    private final Applications applications;
    private final ItemCatalog catalog;
    private final CheckRequests requests;
    private final EconomicCheck check;
    private final PolicyParameterCatalog parameters;
    private final CharityCatalog charity;
    private final OpeningItemCases opening;
    private final FanOutMapper fanOut;
    private final Timeline timeline;
    private final BusinessClock clock;

    AssessingApplication(
            Applications applications,
            ItemCatalog catalog,
            CheckRequests requests,
            EconomicCheck check,
            PolicyParameterCatalog parameters,
            CharityCatalog charity,
            OpeningItemCases opening,
            FanOutMapper fanOut,
            Timeline timeline,
            BusinessClock clock) {
        this.applications = applications;
        this.catalog = catalog;
        this.requests = requests;
        this.check = check;
        this.parameters = parameters;
        this.charity = charity;
        this.opening = opening;
        this.fanOut = fanOut;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Checks, assesses and stores the decisions; does nothing when they are stored already. */
    @Transactional
    public void assess(String applicationId) {
        applications.lockStatus(applicationId);
        if (fanOut.selectAssessment(applicationId) != null) {
            return;
        }
        ApplicationRow app = applications.find(applicationId);
        LocalDate submitted = LocalDate.ofInstant(app.submittedAt(), BusinessClock.ZONE);
        HouseholdSnapshot snapshot = check.run(requests.of(app, clock.today()));
        Assessment assessment = Assessor.assess(snapshot, parameters.current(), submitted, charity.activeProjects());
        List<NewCase> keyless = new ArrayList<>();
        List<SettledItem> settled = new ArrayList<>();
        boolean baseHeld = snapshot.heldOrPending().contains(ItemCode.DIBAO)
                || snapshot.heldOrPending().contains(ItemCode.TEKUN);
        for (ItemDecision decision : assessment.decisions()) {
            boolean grantNow = baseHeld && assessment.applyFreeGrants().contains(decision.code());
            store(app, decision, grantNow, keyless, settled);
        }
        fanOut.insertAssessment(AssessmentRow.of(applicationId, assessment, clock.now(), settled));
        opening.openAll(keyless);
        List<CharityMatch> matches = assessment.charityMatches();
        List<CharityMatchRow> matchRows = new ArrayList<>(matches.size());
        for (int rank = 0; rank < matches.size(); rank++) {
            CharityMatch m = matches.get(rank);
            matchRows.add(new CharityMatchRow(
                    applicationId,
                    rank,
                    m.projectId(),
                    m.name(),
                    m.organisation(),
                    m.score(),
                    ReasonsJson.write(m.reasonTexts()),
                    clock.now()));
        }
        if (!matchRows.isEmpty()) {
            fanOut.insertCharityMatches(matchRows);
        }
        timeline.record(applicationId, "ASSESSED", Timeline.Actor.SYSTEM, null);
    }

    /**
     * A case that holds the household key is opened at once (the unique key may refuse it: then the
     * household holds the item already and the decision is settled); joint items waiting for their base
     * grant are collected in {@code keyless} and inserted together; a NOT_ELIGIBLE decision is settled.
     */
    private void store(
            ApplicationRow app,
            ItemDecision decision,
            boolean grantNow,
            List<NewCase> keyless,
            List<SettledItem> settled) {
        ItemCode code = decision.code();
        List<String> reasons = decision.reasonTexts();
        if (decision.outcome() == Outcome.NOT_ELIGIBLE) {
            settled.add(settled(app, code, reasons));
        } else if (grantNow || !(code.joint() || code.applyFree())) {
            boolean opened = opening.open(newCase(
                            app, code, CaseOrigin.ASSESSMENT, ItemCaseStatus.PENDING, true, reasons, decision.amount()))
                    .isPresent();
            if (!opened) {
                settled.add(settled(app, code, List.of(ALREADY_HELD)));
            }
        } else {
            keyless.add(newCase(
                    app, code, CaseOrigin.JOINT_PUSH, ItemCaseStatus.PENDING, false, reasons, decision.amount()));
        }
    }

    private SettledItem settled(ApplicationRow app, ItemCode code, List<String> reasons) {
        ItemRow item = catalog.item(code.name());
        return new SettledItem(
                code.name(),
                ItemCaseStatus.NOT_ELIGIBLE.name(),
                reasons,
                Regions.department(item.departmentKind(), Regions.district(app.communityCode())));
    }

    private static NewCase newCase(
            ApplicationRow app,
            ItemCode code,
            CaseOrigin origin,
            ItemCaseStatus status,
            boolean key,
            List<String> why,
            java.math.BigDecimal proposed) {
        return new NewCase(
                app.id(),
                app.applicantIdNumberHash(),
                app.communityCode(),
                code.name(),
                origin,
                status,
                key,
                why,
                proposed);
    }
}
