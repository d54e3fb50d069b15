package cq.assist.core.monitoring;

import cq.assist.core.authorization.AuthorizationRecords;
import cq.assist.core.check.DataSources;
import cq.assist.core.check.EconomicCheck;
import cq.assist.core.check.RegistryPersonChanged;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.rules.Assessor;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import cq.assist.core.time.BusinessClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-assesses the monitored households a person belongs to when a data feed says the person's record changed
 * (动态监测: new data triggers a re-check at once). For each household whose application lists the person and
 * whose facts of that person were read with the member's consent: the person's facts are read again from the
 * data sources; when any differs, the household's sealed facts are replaced, a DATA_CHANGED alert names the
 * facts that changed (no values), and one screening run (trigger DATA_CHANGE) re-screens exactly those
 * households, raising the outcome alerts and acting on them as any run does. A member who had not consented
 * is never read, and no data source is read for a household whose application's authorization records fail their
 * seals (the consent the reading rests on, as before the first check: {@code CheckRequests}); that household is
 * skipped with a warning in the log. Nothing happens when nothing changed.
 */
@Service
public class ReassessingOnDataChange {

    private static final Logger LOG = LoggerFactory.getLogger(ReassessingOnDataChange.class);

    private final MonitoredHouseholdMapper households;
    private final MonitoringAlertMapper alerts;
    private final EconomicCheck check;
    private final MonitoredFacts facts;
    private final PiiCipher cipher;
    private final ScreeningRuns runs;
    private final PolicyParameterCatalog parameters;
    private final MessageSource texts;
    private final BusinessClock clock;
    private final AuthorizationRecords authorizations;

    ReassessingOnDataChange(
            MonitoredHouseholdMapper households,
            MonitoringAlertMapper alerts,
            EconomicCheck check,
            MonitoredFacts facts,
            PiiCipher cipher,
            ScreeningRuns runs,
            PolicyParameterCatalog parameters,
            MessageSource texts,
            BusinessClock clock,
            AuthorizationRecords authorizations) {
        this.households = households;
        this.alerts = alerts;
        this.check = check;
        this.facts = facts;
        this.cipher = cipher;
        this.runs = runs;
        this.parameters = parameters;
        this.texts = texts;
        this.clock = clock;
        this.authorizations = authorizations;
    }

    /** The data feed's change event; one transaction with the caller's or its own. */
    @EventListener
    @Transactional
    public void on(RegistryPersonChanged event) {
        personChanged(event.idNumberHashes());
    }

    /**
     * Re-reads the person in every monitored household that lists it.
     *
     * @param idNumberHashes blind indexes of the person's ID number under every configured index-key version
     *     (household members indexed before an index-key rotation keep their older index)
     * @return the screening run started, or null when no household's facts changed
     */
    @Transactional
    public String personChanged(List<String> idNumberHashes) {
        Map<String, Changed> changed = new LinkedHashMap<>();
        List<MemberInHousehold> rows = idNumberHashes.stream()
                .flatMap(hash -> households.selectByMember(hash).stream())
                .toList();
        for (MemberInHousehold row : rows) {
            if (row.factsEnc() == null) {
                continue;
            }
            HouseholdSnapshot before = facts.open(row.householdKey(), row.applicationId(), row.factsEnc())
                    .snapshot();
            Member member = member(before, "m" + row.seq());
            if (member == null || !consented(member.facts())) {
                continue;
            }
            java.util.OptionalInt broken = authorizations.firstBrokenSeal(row.applicationId());
            if (broken.isPresent()) {
                LOG.warn(
                        "Authorization record of application {} member {} fails its seal: its household's data sources"
                                + " are not read again",
                        row.applicationId(),
                        broken.getAsInt());
                continue;
            }
            MemberFacts now = check.factsOf(cipher.decrypt(
                    cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                    cq.assist.core.pii.PiiField.rowKey(row.applicationId(), row.seq()),
                    row.idNumberEnc()));
            List<String> moved = FactChanges.between(member.facts(), now);
            if (moved.isEmpty()) {
                continue;
            }
            String baseline = row.lastResult() != null
                    ? null
                    : ScreeningResult.of(Assessor.assess(before, parameters.fresh(), clock.today()))
                            .text();
            households.updateFacts(
                    row.householdKey(), facts.seal(row.householdKey(), with(before, member, now)), baseline);
            changed.put(row.householdKey(), new Changed(row, member.displayName(), moved));
        }
        if (changed.isEmpty()) {
            return null;
        }
        String runId = runs.startForDataChange(changed.keySet());
        changed.values().forEach(c -> alerts.insert(alert(runId, c)));
        return runId;
    }

    private AlertRow alert(String runId, Changed c) {
        String separator = texts.getMessage("monitoring.dataChanged.separator", null, Locale.SIMPLIFIED_CHINESE);
        String labels = c.facts().stream()
                .map(key -> texts.getMessage(key, null, Locale.SIMPLIFIED_CHINESE))
                .collect(Collectors.joining(separator));
        String reason = texts.getMessage(
                "monitoring.dataChanged", new Object[] {c.memberName(), labels}, Locale.SIMPLIFIED_CHINESE);
        return new AlertRow(
                UUID.randomUUID().toString(),
                runId,
                c.row().householdKey(),
                c.row().applicationId(),
                c.row().communityCode(),
                AlertKind.DATA_CHANGED.name(),
                "[]",
                ReasonsJson.write(List.of(reason)),
                "OPEN",
                clock.now());
    }

    private static Member member(HouseholdSnapshot snapshot, String memberId) {
        return snapshot.members().stream()
                .filter(m -> m.memberId().equals(memberId))
                .findFirst()
                .orElse(null);
    }

    private static boolean consented(MemberFacts facts) {
        return !DataSources.UNAUTHORIZED.equals(facts.monthlyWage().source());
    }

    private static HouseholdSnapshot with(HouseholdSnapshot s, Member changed, MemberFacts now) {
        List<Member> members = new ArrayList<>(s.members().size());
        for (Member m : s.members()) {
            members.add(
                    m != changed
                            ? m
                            : new Member(
                                    m.memberId(),
                                    m.displayName(),
                                    m.relation(),
                                    m.birthDate(),
                                    m.employment(),
                                    m.student(),
                                    m.declaredDisabilityGrade(),
                                    now));
        }
        return new HouseholdSnapshot(
                s.householdId(),
                s.regionCode(),
                s.urban(),
                s.housing(),
                s.declaredCauses(),
                s.legalMatter(),
                s.applicantMemberId(),
                members,
                s.heldOrPending());
    }

    private record Changed(MemberInHousehold row, String memberName, List<String> facts) {}
}
