package cq.assist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static HouseholdSnapshot poorSingle() {
        return Households.single(Households.member(
                "m1",
                Relation.SELF,
                LocalDate.of(1975, 5, 1),
                Employment.UNEMPLOYED,
                Households.facts().set("otherIncome", 420)));
    }

    @Test
    void decidesEveryItemOfTheCatalogInOrder() {
        Assessment a = Assessor.assess(poorSingle(), SeededParameters.parameters(), DAY);
        assertThat(a.decisions()).hasSize(21).extracting(ItemDecision::code).containsExactly(ItemCode.values());
        assertThat(a.decisions()).allSatisfy(d -> assertThat(d.reasons()).isNotEmpty());
    }

    @Test
    void sameInputsGiveTheSameOutput() {
        PolicyParameters parameters = SeededParameters.parameters();
        assertThat(Assessor.assess(poorSingle(), parameters, DAY))
                .isEqualTo(Assessor.assess(poorSingle(), parameters, DAY));
    }

    @Test
    void onlyEligibleCashItemsCarryAnAmountWithTwoDecimals() {
        Assessment a = Assessor.assess(poorSingle(), SeededParameters.parameters(), DAY);
        for (ItemDecision d : a.decisions()) {
            if (d.amount() != null) {
                assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
                assertThat(d.code().amountUnit()).isNotEqualTo(ItemCode.AmountUnit.NONE);
                assertThat(d.amount().scale()).isEqualTo(2);
            }
        }
        assertThat(a.decision(ItemCode.DIBAO).amount()).isEqualByComparingTo(new BigDecimal("390"));
    }

    @Test
    void everyDecisionNamesTheParameterRowsItRead() {
        Assessment a = Assessor.assess(poorSingle(), SeededParameters.parameters(), DAY);
        assertThat(a.decision(ItemCode.DIBAO).parametersUsed())
                .contains(
                        new ParameterRef("DIBAO_STANDARD_URBAN", "500103", LocalDate.of(2026, 1, 1)),
                        new ParameterRef("ASSET_PER_CAPITA_MONTHS", "500000", LocalDate.of(2025, 7, 1)));
    }

    @Test
    void reasonsHaveAnEnglishTwin() {
        Reason reason = Assessor.assess(poorSingle(), SeededParameters.parameters(), DAY)
                .decision(ItemCode.DIBAO)
                .reasons()
                .get(0);
        assertThat(reason.zh()).isEqualTo("家庭人均月收入 420.00 元，低于渝中区 2026 年低保标准 810.00 元");
        assertThat(reason.en()).isEqualTo("per-capita income 420.00 is below the 2026 standard 810.00 of 渝中区");
    }

    @Test
    void aFactCannotBeFoundWithoutAValue() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fact.found(null, "HRSS", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Fact.<BigDecimal>notFound("HRSS").orElse(BigDecimal.ONE)).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void assessesWithoutCharityProjects() {
        assertThat(Assessor.assess(poorSingle(), SeededParameters.parameters(), DAY, List.of())
                        .charityMatches())
                .isEmpty();
    }
}
