package cq.assist.core.check;

import cq.assist.core.check.CheckRequest.MemberToCheck;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import cq.assist.core.rules.Relation;
import cq.assist.core.time.BusinessClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The economic check (家庭经济状况核对) of one application: asks the data-source ports about every
 * member whose authorization is valid, builds the rules' {@link HouseholdSnapshot} and stores it
 * immutably and encrypted. Idempotent per application: a second run returns the stored snapshot and
 * writes nothing, also when two runs race (the unique key decides).
 */
@Service
public class EconomicCheck {

    private final FactGathering facts;
    private final HouseholdSnapshotMapper snapshots;
    private final SnapshotCodec codec;
    private final BusinessClock clock;

    EconomicCheck(FactGathering facts, HouseholdSnapshotMapper snapshots, SnapshotCodec codec, BusinessClock clock) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.codec = codec;
        this.clock = clock;
    }

    /** Runs the check (or returns the stored result of an earlier run) for the application. */
    @Transactional
    public HouseholdSnapshot run(CheckRequest request) {
        Optional<HouseholdSnapshot> stored = find(request.applicationId());
        if (stored.isPresent()) {
            return stored.get();
        }
        HouseholdSnapshot snapshot = build(request);
        StoredSnapshotRow row = new StoredSnapshotRow(
                request.applicationId(),
                codec.seal(request.applicationId(), snapshot),
                request.checkDate(),
                snapshot.members().size(),
                SnapshotCodec.json(sourcesSeen(snapshot)),
                clock.now().truncatedTo(ChronoUnit.MILLIS));
        try {
            snapshots.insert(row);
            return snapshot;
        } catch (DuplicateKeyException concurrentRun) {
            return find(request.applicationId()).orElseThrow(() -> concurrentRun);
        }
    }

    /**
     * One person's facts as the data sources hold them now, for a household whose members consented to the
     * check (monitoring re-reads a member after a data feed's change event). The caller must only ask about a
     * member whose authorization covered the check.
     */
    public MemberFacts factsOf(String idNumber) {
        return facts.gather(idNumber);
    }

    /** The stored snapshot of an application, when the check has run. */
    public Optional<HouseholdSnapshot> find(String applicationId) {
        return snapshots.selectByApplicationId(applicationId).map(row -> codec.open(applicationId, row.snapshotEnc()));
    }

    private HouseholdSnapshot build(CheckRequest request) {
        List<Member> members = new ArrayList<>();
        String applicantId = null;
        for (MemberToCheck m : request.members()) {
            MemberFacts found = m.authorized() ? facts.gather(m.idNumber()) : FactGathering.unauthorized();
            members.add(new Member(
                    m.memberId(),
                    m.displayName(),
                    m.relation(),
                    m.birthDate(),
                    m.employment(),
                    m.student(),
                    m.declaredDisabilityGrade(),
                    found));
            if (m.relation() == Relation.SELF) {
                applicantId = m.memberId();
            }
        }
        return new HouseholdSnapshot(
                request.applicationId(),
                request.regionCode(),
                request.urban(),
                request.housing(),
                request.declaredCauses(),
                request.legalMatter(),
                applicantId,
                members,
                request.heldOrPending());
    }

    /** Each source that answered, with the latest time it answered; no personal data. */
    static List<SourceSeen> sourcesSeen(HouseholdSnapshot snapshot) {
        Map<String, Instant> latest = new TreeMap<>();
        for (Member member : snapshot.members()) {
            MemberFacts f = member.facts();
            for (Fact<?> fact : List.of(
                    f.monthlyWage(),
                    f.monthlyPension(),
                    f.monthlyOtherIncome(),
                    f.deposits(),
                    f.securities(),
                    f.homes(),
                    f.homeAreaSqm(),
                    f.vehicles(),
                    f.businesses(),
                    f.disabilityGrade(),
                    f.medicalExpenses12m(),
                    f.onPublicPayroll(),
                    f.deceased())) {
                if (fact.found()) {
                    latest.merge(fact.source(), fact.seenAt(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return latest.entrySet().stream()
                .map(e -> new SourceSeen(e.getKey(), e.getValue()))
                .toList();
    }

    /** A data source that answered and when. */
    public record SourceSeen(String source, Instant at) {}
}
