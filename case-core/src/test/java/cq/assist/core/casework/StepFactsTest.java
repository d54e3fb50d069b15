package cq.assist.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Households;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.Relation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StepFactsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    final HouseholdSnapshot household = Households.household(
            Households.YUZHONG_COMMUNITY,
            true,
            new Housing(false, new BigDecimal("38.50")),
            List.of(
                    Households.member(
                            "李*",
                            Relation.SELF,
                            LocalDate.of(1978, 5, 12),
                            Employment.UNEMPLOYED,
                            Households.facts()
                                    .set("otherIncome", 300)
                                    .set("deposits", 3000)
                                    .set("medicalExpenses", 18000)),
                    Households.member(
                            "王*",
                            Relation.SPOUSE,
                            LocalDate.of(1980, 3, 8),
                            Employment.EMPLOYED,
                            Households.facts().set("wage", 900).set("deposits", 2000))));

    @Test
    void civilAffairsSeesIncomesAssetsAndTheirSums() {
        StepFacts.Shown shown = StepFacts.shown(household, "CIVIL_AFFAIRS", TODAY);

        assertThat(shown.memberFields()).contains("monthlyWage", "deposits", "medicalExpenses12m");
        Map<String, String> h = values(shown.household());
        assertThat(h)
                .containsEntry("size", "2")
                .containsEntry("monthlyIncome", "1200.00")
                .containsEntry("monthlyIncomePerCapita", "600.00")
                .containsEntry("assets", "5000.00")
                .containsEntry("areaSqm", "38.5");
        StepFacts.Person applicant = shown.members().get(0);
        assertThat(applicant.name()).isEqualTo("李*");
        assertThat(applicant.age()).isEqualTo(48);
        assertThat(values(applicant.facts()))
                .containsEntry("deposits", "3000.00")
                .containsEntry("monthlyOtherIncome", "300.00")
                .containsEntry("employment", "UNEMPLOYED");
    }

    @Test
    void housingSeesHousingAndIncomePerHeadButNoDeposits() {
        StepFacts.Shown shown = StepFacts.shown(household, "HOUSING", TODAY);

        assertThat(shown.memberFields()).containsExactly("homes", "homeAreaSqm");
        assertThat(values(shown.household()).keySet())
                .containsExactly("size", "ownsHome", "areaSqm", "monthlyIncomePerCapita");
        assertThat(shown.members())
                .allSatisfy(p -> assertThat(values(p.facts())).doesNotContainKeys("deposits", "monthlyWage"));
    }

    @Test
    void aSourceThatCouldNotAnswerIsShownAsSuchAndLeavesTheSumOpen() {
        HouseholdSnapshot partly = Households.single(Households.member(
                "赵*",
                Relation.SELF,
                LocalDate.of(1970, 1, 1),
                Employment.UNEMPLOYED,
                Households.facts().notFound("wage")));

        StepFacts.Shown shown = StepFacts.shown(partly, "CIVIL_AFFAIRS", TODAY);

        StepFacts.Value wage = shown.members().get(0).facts().stream()
                .filter(v -> v.code().equals("monthlyWage"))
                .findFirst()
                .orElseThrow();
        assertThat(wage.value()).isNull();
        assertThat(wage.source()).isEqualTo("REGISTRY");
        assertThat(shown.household().stream()
                        .filter(v -> v.code().equals("monthlyIncomePerCapita"))
                        .findFirst()
                        .orElseThrow()
                        .value())
                .isNull();
    }

    @Test
    void everyDepartmentKindHasItsFields() {
        assertThat(StepFacts.HOUSEHOLD_FIELDS.keySet()).isEqualTo(StepFacts.MEMBER_FIELDS.keySet());
        for (String kind : StepFacts.MEMBER_FIELDS.keySet()) {
            StepFacts.Shown shown = StepFacts.shown(household, kind, TODAY);
            assertThat(shown.members()).allSatisfy(p -> assertThat(p.facts()).hasSameSizeAs(shown.memberFields()));
            assertThat(shown.household()).doesNotContainNull();
        }
    }

    private static Map<String, String> values(List<StepFacts.Value> values) {
        return values.stream()
                .filter(v -> v.value() != null)
                .collect(Collectors.toMap(
                        StepFacts.Value::code, StepFacts.Value::value, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
