package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.rules.Fact;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.MemberFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What monitoring may grant on the spot, and which facts count as a data change: an apply-free item only to a
 * household holding the grant it follows; a changed value or a fact found or lost counts, a new reading time
 * or another scale of the same amount does not.
 */
class ApplyFreeBasesTest {

    private static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anApplyFreeItemFollowsAHeldDibaoOrTekunAndThePremiumAlsoANarrowBase() {
        assertThat(ApplyFreeBases.heldBase(ItemCode.POWER_WAIVER, Set.of("DIBAO")))
                .isEqualTo(ItemCode.DIBAO);
        assertThat(ApplyFreeBases.heldBase(ItemCode.POWER_WAIVER, Set.of("TEKUN", "HOUSING")))
                .isEqualTo(ItemCode.TEKUN);
        assertThat(ApplyFreeBases.heldBase(ItemCode.POWER_WAIVER, Set.of("DIBAO_EDGE")))
                .as("only the premium subsidy follows a near-低保 grant")
                .isNull();
        assertThat(ApplyFreeBases.heldBase(ItemCode.MEDICAL_PREMIUM, Set.of("RIGID_EXPENSE")))
                .isEqualTo(ItemCode.RIGID_EXPENSE);
        assertThat(ApplyFreeBases.heldBase(ItemCode.MEDICAL_PREMIUM, Set.of())).isNull();
        assertThat(ApplyFreeBases.heldBase(ItemCode.HOUSING, Set.of("DIBAO")))
                .as("an item one applies for is never granted on the spot")
                .isNull();
    }

    @Test
    void aDataChangeIsAChangedValueOrAFactFoundOrLostNotANewReading() {
        MemberFacts before = facts(Fact.found(new BigDecimal("300"), "tax", SEEN), Fact.notFound("disability"));

        assertThat(FactChanges.between(
                        before,
                        facts(
                                Fact.found(new BigDecimal("300.00"), "registry", SEEN.plusSeconds(9)),
                                Fact.notFound("disability"))))
                .isEmpty();
        assertThat(FactChanges.between(
                        before, facts(Fact.found(new BigDecimal("4000"), "tax", SEEN), Fact.notFound("disability"))))
                .containsExactly("monitoring.fact.monthlyWage");
        assertThat(FactChanges.between(
                        before,
                        facts(Fact.found(new BigDecimal("300"), "tax", SEEN), Fact.found(2, "disability", SEEN))))
                .containsExactly("monitoring.fact.disabilityGrade");
    }

    private static MemberFacts facts(Fact<BigDecimal> wage, Fact<Integer> grade) {
        return new MemberFacts(
                wage,
                Fact.found(BigDecimal.ZERO, "s", SEEN),
                Fact.found(BigDecimal.ZERO, "s", SEEN),
                Fact.found(BigDecimal.ZERO, "s", SEEN),
                Fact.found(BigDecimal.ZERO, "s", SEEN),
                Fact.found(0, "s", SEEN),
                Fact.found(BigDecimal.ZERO, "s", SEEN),
                Fact.found(0, "s", SEEN),
                Fact.found(0, "s", SEEN),
                grade,
                Fact.found(BigDecimal.ZERO, "s", SEEN),
                Fact.found(false, "s", SEEN),
                Fact.found(false, "s", SEEN));
    }
}
