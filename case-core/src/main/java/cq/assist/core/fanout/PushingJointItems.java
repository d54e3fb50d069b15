package cq.assist.core.fanout;

import cq.assist.core.check.EconomicCheck;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.JointPushes;
import cq.assist.core.time.BusinessClock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a grant, the joint items of the rules ({@link JointPushes#follow}): apply-free items are granted
 * on the spot, the others are opened for their departments. Never twice for one household — the
 * unique key on the active cases decides.
 */
@Service
public class PushingJointItems {

    private final ItemCases cases;
    private final Applications applications;
    private final EconomicCheck check;
    private final PolicyParameterCatalog parameters;
    private final OpeningItemCases opening;
    private final GrantingApplyFree applyFree;
    private final BusinessClock clock;

    public PushingJointItems(
            ItemCases cases,
            Applications applications,
            EconomicCheck check,
            PolicyParameterCatalog parameters,
            OpeningItemCases opening,
            GrantingApplyFree applyFree,
            BusinessClock clock) {
        this.cases = cases;
        this.applications = applications;
        this.check = check;
        this.parameters = parameters;
        this.opening = opening;
        this.applyFree = applyFree;
        this.clock = clock;
    }

    /** Pushes what follows the grant of {@code caseId}; returns the ids of the new cases a department handles. */
    @Transactional
    public List<String> push(String caseId) {
        ItemCaseRow granted = cases.find(caseId);
        Optional<HouseholdSnapshot> snapshot = check.find(granted.applicationId());
        if (!ItemCaseStatus.GRANTED.name().equals(granted.status())
                || snapshot.isEmpty()
                || cq.assist.core.itemcase.CaseOrigin.PAYMENT.name().equals(granted.origin())) {
            return List.of();
        }
        ApplicationRow app = applications.find(granted.applicationId());
        Set<ItemCode> held = EnumSet.noneOf(ItemCode.class);
        cases.activeItems(granted.householdKey()).forEach(code -> held.add(ItemCode.valueOf(code)));
        List<ItemCode> follow = JointPushes.follow(
                snapshot.get(),
                parameters.current().at(clock.today(), app.communityCode()),
                ItemCode.valueOf(granted.itemCode()),
                held);
        String why = CoreTexts.zh(
                "itemcase.event.jointPushed",
                ItemCode.valueOf(granted.itemCode()).zh());
        List<String> started = new ArrayList<>();
        for (ItemCode code : follow) {
            if (code.applyFree()) {
                applyFree.grant(app.id(), granted.householdKey(), app.communityCode(), code, why);
            } else {
                opening.push(app.id(), granted.householdKey(), app.communityCode(), code.name())
                        .ifPresent(row -> started.add(row.id()));
            }
        }
        return started;
    }
}
