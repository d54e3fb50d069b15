package cq.assist.bench;

import cq.assist.core.rules.Assessment;
import cq.assist.core.rules.Assessor;
import cq.assist.core.rules.CharityMatch;
import cq.assist.core.rules.CharityProject;
import cq.assist.core.rules.CharityProjects;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Households;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.ItemDecision;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.PolicyParameters;
import cq.assist.core.rules.Reason;
import cq.assist.core.rules.Relation;
import cq.assist.core.rules.SeededParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One realistic household (a grandmother with a small pension, her son with a grade-2 disability and
 * big medical bills, a schoolboy grandson) assessed against all 21 items and 15 charity projects, with
 * every reason rendered to Chinese. Run from the repository root (it reads the seeded parameter file):
 * {@code java -jar benchmarks/target/benchmarks.jar AssessBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private HouseholdSnapshot household;
    private PolicyParameters parameters;
    private List<CharityProject> projects;

    @Setup
    public void setUp() {
        parameters = SeededParameters.parameters();
        household = household();
        projects = projects();
    }

    @Benchmark
    public void assessWithReasons(Blackhole hole) {
        Assessment assessment = Assessor.assess(household, parameters, DAY, projects);
        for (ItemDecision decision : assessment.decisions()) {
            for (Reason reason : decision.reasons()) {
                hole.consume(reason.zh());
            }
        }
        for (CharityMatch match : assessment.charityMatches()) {
            for (Reason reason : match.reasons()) {
                hole.consume(reason.zh());
            }
        }
        hole.consume(assessment);
    }

    static HouseholdSnapshot household() {
        Member grandmother = Households.member(
                "m1",
                Relation.SELF,
                LocalDate.of(1958, 4, 2),
                Employment.RETIRED,
                Households.facts().set("pension", 600).set("deposits", 8000).set("homes", 1));
        Member son = new Member(
                "m2",
                "李*",
                Relation.CHILD,
                LocalDate.of(1984, 9, 9),
                Employment.UNEMPLOYED,
                false,
                2,
                Households.facts()
                        .set("disabilityGrade", 2)
                        .set("medicalExpenses", 15000)
                        .build());
        Member grandson = new Member(
                "m3",
                "李*",
                Relation.GRANDCHILD,
                LocalDate.of(2014, 2, 3),
                Employment.STUDENT,
                true,
                null,
                Households.facts().build());
        HouseholdSnapshot h = Households.household(
                "500103001001", true, new Housing(true, new BigDecimal("38")), List.of(grandmother, son, grandson));
        return Households.with(
                h,
                EnumSet.of(HardshipCause.ILLNESS, HardshipCause.DISABILITY),
                false,
                Set.of(ItemCode.CABLE_TV_WAIVER));
    }

    static List<CharityProject> projects() {
        HardshipCause[] causes = HardshipCause.values();
        String[] regions = {"500000", "500103", "500103001", "500105", "500111"};
        List<CharityProject> list = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Set<HardshipCause> helps = EnumSet.of(causes[i % causes.length], causes[(i + 1) % causes.length]);
            list.add(CharityProjects.project("P" + i, helps, regions[i % regions.length]));
        }
        return List.copyOf(list);
    }
}
