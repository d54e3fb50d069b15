package cq.assist.core.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.check.EconomicCheck;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Households;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.Relation;
import cq.assist.core.rules.SeededParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a 低保 grant the joint items follow: apply-free items are granted on the spot with the reason the
 * resident reads, the others open for their departments, nothing the household holds is pushed again.
 */
class PushingJointItemsTest {

    private static final ApplicationRow APP = CaseFixtures.application(
            "app-1", "YJ20260301000001", "IN_REVIEW", Households.YUZHONG_COMMUNITY, "H1", CaseFixtures.NOW);

    private final ItemCases cases = mock(ItemCases.class);
    private final Applications applications = mock(Applications.class);
    private final EconomicCheck check = mock(EconomicCheck.class);
    private final PolicyParameterCatalog parameters = mock(PolicyParameterCatalog.class);
    private final OpeningItemCases opening = mock(OpeningItemCases.class);
    private final GrantingApplyFree applyFree = mock(GrantingApplyFree.class);
    private final PushingJointItems pushing =
            new PushingJointItems(cases, applications, check, parameters, opening, applyFree, CaseFixtures.clock());

    private static ItemCaseRow dibao(String status) {
        return CaseFixtures.itemCase("case-dibao", "app-1", "DIBAO", status, null);
    }

    /** One unemployed adult with medical expenses, no home, a legal matter: every joint condition but school. */
    private static HouseholdSnapshot household() {
        HouseholdSnapshot h = Households.single(Households.member(
                "m1",
                Relation.SELF,
                LocalDate.of(1985, 1, 1),
                Employment.UNEMPLOYED,
                Households.facts().set("medicalExpenses", 3000)));
        return Households.with(h, Set.of(HardshipCause.OTHER), true, Set.of());
    }

    @BeforeEach
    void aGrantedDibao() {
        when(cases.find("case-dibao")).thenReturn(dibao("GRANTED"));
        when(check.find("app-1")).thenReturn(Optional.of(household()));
        when(applications.find("app-1")).thenReturn(APP);
        when(parameters.current()).thenReturn(SeededParameters.parameters());
        when(opening.push(anyString(), anyString(), anyString(), anyString()))
                .thenAnswer(call -> Optional.of(dibao("PENDING")));
    }

    @Test
    void grantsApplyFreeItemsWithTheirReasonAndOpensTheOthersForTheirDepartments() {
        when(cases.activeItems("H1")).thenReturn(List.of("DIBAO", "HOUSING"));

        List<String> started = pushing.push("case-dibao");

        String why = "因获批“最低生活保障”联动办理";
        for (ItemCode free : List.of(
                ItemCode.MEDICAL_PREMIUM,
                ItemCode.PENSION_PREMIUM,
                ItemCode.POWER_WAIVER,
                ItemCode.WATER_GAS_WAIVER,
                ItemCode.CABLE_TV_WAIVER)) {
            verify(applyFree).grant("app-1", "H1", Households.YUZHONG_COMMUNITY, free, why);
        }
        for (ItemCode joint : List.of(ItemCode.LEGAL_AID, ItemCode.MEDICAL_AID, ItemCode.EMPLOYMENT_AID)) {
            verify(opening).push("app-1", "H1", Households.YUZHONG_COMMUNITY, joint.name());
        }
        verify(opening, never()).push(anyString(), anyString(), anyString(), eq("HOUSING"));
        assertThat(started).hasSize(3);
    }

    @Test
    void aCaseNotGrantedPushesNothing() {
        when(cases.find("case-dibao")).thenReturn(dibao("IN_REVIEW"));

        assertThat(pushing.push("case-dibao")).isEmpty();

        verify(applyFree, never()).grant(any(), any(), any(), any(), any());
        verify(opening, never()).push(any(), any(), any(), any());
    }
}
