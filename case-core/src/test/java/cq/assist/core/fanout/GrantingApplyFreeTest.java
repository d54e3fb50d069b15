package cq.assist.core.fanout;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.DecisionChange;
import cq.assist.core.itemcase.Grants;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.rules.ItemCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Apply-free items (免申即享) are granted by the system at once, with a grant record, and only once. */
class GrantingApplyFreeTest {

    private final ItemCases cases = mock(ItemCases.class);
    private final OpeningItemCases opening = mock(OpeningItemCases.class);
    private final Grants grants = mock(Grants.class);
    private final GrantingApplyFree granting = new GrantingApplyFree(cases, opening, grants, CaseFixtures.clock());

    @Test
    void grantsOnlyOpenApplyFreeCasesThatHoldTheHouseholdKey() {
        ItemCaseRow premium = CaseFixtures.itemCase("c1", "app-1", "MEDICAL_PREMIUM", "PENDING", null);
        ItemCaseRow power = CaseFixtures.itemCase("c2", "app-1", "POWER_WAIVER", "GRANTED", null);
        ItemCaseRow waiting = CaseFixtures.waitingForBase("c3", "app-1", "CABLE_TV_WAIVER");
        ItemCaseRow dibao = CaseFixtures.itemCase("c4", "app-1", "DIBAO", "PENDING", null);
        when(cases.ofApplication("app-1")).thenReturn(List.of(premium, power, waiting, dibao));
        when(cases.changeDecision(any())).thenReturn(1);

        assertThat(granting.grantPending("app-1")).isEqualTo(1);

        verify(cases).changeDecision(new DecisionChange("c1", "GRANTED", "[]", null, NOW, "system", false));
        verify(grants).record(premium, ItemCode.MEDICAL_PREMIUM.zh(), null, "system", "APPLY_FREE");
        verify(grants, never()).record(power, ItemCode.POWER_WAIVER.zh(), null, "system", "APPLY_FREE");
    }

    @Test
    void aSecondRunGrantsNothingMore() {
        when(cases.ofApplication("app-1"))
                .thenReturn(List.of(CaseFixtures.itemCase("c1", "app-1", "MEDICAL_PREMIUM", "PENDING", null)));
        when(cases.changeDecision(any())).thenReturn(0);

        assertThat(granting.grantPending("app-1")).isZero();

        verifyNoInteractions(grants);
    }

    @Test
    void aJointPushGrantsTheCaseLeftWaitingWithItsReasonsUnlessTheHouseholdHoldsIt() {
        ItemCaseRow waited = CaseFixtures.itemCase("c9", "app-1", "POWER_WAIVER", "PENDING", null);
        when(opening.push("app-1", "H1", CaseFixtures.COMMUNITY, "POWER_WAIVER"))
                .thenReturn(Optional.of(waited), Optional.empty());

        assertThat(granting.grant("app-1", "H1", CaseFixtures.COMMUNITY, ItemCode.POWER_WAIVER, "因获批低保联动办理"))
                .isTrue();
        assertThat(granting.grant("app-1", "H1", CaseFixtures.COMMUNITY, ItemCode.POWER_WAIVER, "因获批低保联动办理"))
                .isFalse();

        verify(cases)
                .changeDecision(new DecisionChange("c9", "GRANTED", "[\"因获批低保联动办理\"]", null, NOW, "system", false));
        verify(grants).record(waited, ItemCode.POWER_WAIVER.zh(), null, "system", "APPLY_FREE");
        verify(opening, never()).open(any());
    }

    @Test
    void monitoringGrantsANewlyMetItemAsAMonitoringCase() {
        ItemCaseRow opened = CaseFixtures.itemCase("c7", "app-1", "MEDICAL_PREMIUM", "GRANTED", null);
        when(opening.open(any())).thenReturn(Optional.of(opened));

        assertThat(granting.grantOnMonitoring("app-1", "H1", CaseFixtures.COMMUNITY, ItemCode.MEDICAL_PREMIUM, "复核"))
                .contains("c7");

        ArgumentCaptor<NewCase> asked = ArgumentCaptor.forClass(NewCase.class);
        verify(opening).open(asked.capture());
        assertThat(asked.getValue().origin()).isEqualTo(CaseOrigin.MONITORING);
    }
}
