package cq.assist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JointPushesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final ParameterSet parameters = SeededParameters.parameters().at(DAY, Households.YUZHONG_COMMUNITY);

    private static HouseholdSnapshot familyWithEveryNeed() {
        Member parent = Households.member(
                "m1",
                Relation.SELF,
                LocalDate.of(1985, 1, 1),
                Employment.UNEMPLOYED,
                Households.facts().set("medicalExpenses", 3000));
        Member child = new Member(
                "m2",
                "m2",
                Relation.CHILD,
                LocalDate.of(2014, 1, 1),
                Employment.STUDENT,
                true,
                null,
                Households.facts().build());
        HouseholdSnapshot h = Households.household(
                Households.YUZHONG_COMMUNITY, true, new Housing(false, BigDecimal.ZERO), List.of(parent, child));
        return Households.with(h, Set.of(HardshipCause.OTHER), true, Set.of());
    }

    @Test
    void dibaoGrantPushesEveryJointItemWhoseConditionHoldsAndTheFiveApplyFreeItems() {
        List<ItemCode> follow =
                JointPushes.follow(familyWithEveryNeed(), parameters, ItemCode.DIBAO, EnumSet.noneOf(ItemCode.class));
        assertThat(follow)
                .containsExactly(
                        ItemCode.HOUSING,
                        ItemCode.LEGAL_AID,
                        ItemCode.MEDICAL_AID,
                        ItemCode.MEDICAL_PREMIUM,
                        ItemCode.EDUCATION_AID,
                        ItemCode.EMPLOYMENT_AID,
                        ItemCode.PENSION_PREMIUM,
                        ItemCode.POWER_WAIVER,
                        ItemCode.WATER_GAS_WAIVER,
                        ItemCode.CABLE_TV_WAIVER);
    }

    @Test
    void neverPushesAnItemAlreadyHeldOrPending() {
        List<ItemCode> follow = JointPushes.follow(
                familyWithEveryNeed(),
                parameters,
                ItemCode.TEKUN,
                EnumSet.of(ItemCode.HOUSING, ItemCode.POWER_WAIVER, ItemCode.MEDICAL_AID));
        assertThat(follow)
                .doesNotContain(ItemCode.HOUSING, ItemCode.POWER_WAIVER, ItemCode.MEDICAL_AID)
                .contains(ItemCode.LEGAL_AID, ItemCode.WATER_GAS_WAIVER);
    }

    @Test
    void nearDibaoGrantPushesOnlyTheNarrowSet() {
        List<ItemCode> follow = JointPushes.follow(
                familyWithEveryNeed(), parameters, ItemCode.DIBAO_EDGE, EnumSet.noneOf(ItemCode.class));
        assertThat(follow).containsExactly(ItemCode.MEDICAL_AID, ItemCode.MEDICAL_PREMIUM, ItemCode.EDUCATION_AID);
    }

    @Test
    void skipsJointItemsWhoseConditionDoesNotHold() {
        Member worker = Households.member(
                "m1",
                Relation.SELF,
                LocalDate.of(1985, 1, 1),
                Employment.EMPLOYED,
                Households.facts().set("wage", 300));
        HouseholdSnapshot h = Households.household(
                Households.YUZHONG_COMMUNITY, true, new Housing(true, new BigDecimal("40")), List.of(worker));
        assertThat(JointPushes.follow(h, parameters, ItemCode.DIBAO, Set.of()))
                .containsExactly(
                        ItemCode.MEDICAL_PREMIUM,
                        ItemCode.PENSION_PREMIUM,
                        ItemCode.POWER_WAIVER,
                        ItemCode.WATER_GAS_WAIVER,
                        ItemCode.CABLE_TV_WAIVER);
    }

    @Test
    void otherGrantsPushNothing() {
        assertThat(JointPushes.follow(familyWithEveryNeed(), parameters, ItemCode.TEMP_AID, Set.of()))
                .isEmpty();
        assertThat(JointPushes.follow(familyWithEveryNeed(), parameters, ItemCode.HOUSING, Set.of()))
                .isEmpty();
    }
}
