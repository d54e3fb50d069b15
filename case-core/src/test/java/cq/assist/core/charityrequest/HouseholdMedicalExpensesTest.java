package cq.assist.core.charityrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.check.EconomicCheck;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.Households;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.Relation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A household's own-paid medical expenses of 12 months: the sum over its members, a member without any adds 0. */
class HouseholdMedicalExpensesTest {

    @Test
    void sumsTheMembersExpensesOfTheCheckedHousehold() {
        EconomicCheck check = mock(EconomicCheck.class);
        when(check.find("app-1"))
                .thenReturn(Optional.of(Households.household(
                        Households.YUZHONG_COMMUNITY,
                        true,
                        new Housing(false, BigDecimal.ZERO),
                        List.of(
                                Households.member(
                                        "m1",
                                        Relation.SELF,
                                        LocalDate.of(1980, 1, 1),
                                        Employment.UNEMPLOYED,
                                        Households.facts().set("medicalExpenses", 3000)),
                                Households.member(
                                        "m2",
                                        Relation.SPOUSE,
                                        LocalDate.of(1982, 1, 1),
                                        Employment.EMPLOYED,
                                        Households.facts().set("medicalExpenses", 1500)),
                                Households.member(
                                        "m3",
                                        Relation.CHILD,
                                        LocalDate.of(2012, 1, 1),
                                        Employment.UNEMPLOYED,
                                        Households.facts())))));
        HouseholdMedicalExpenses expenses = new HouseholdMedicalExpenses(check);

        assertThat(expenses.of("app-1"))
                .hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("4500"));
        assertThat(expenses.of("app-2")).isEmpty();
    }
}
