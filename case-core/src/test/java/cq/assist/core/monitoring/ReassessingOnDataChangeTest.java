package cq.assist.core.monitoring;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.authorization.AuthorizationRecords;
import cq.assist.core.check.EconomicCheck;
import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Households;
import cq.assist.core.rules.Relation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A department's data feed changed a person: every monitored household of that person whose facts moved is
 * re-screened in one run, its facts replaced, and the worker gets a DATA_CHANGED alert naming what changed.
 */
class ReassessingOnDataChangeTest {

    private static final String ID = "500103197001010012";
    private static final String HOUSEHOLD = "H".repeat(64);

    private final MonitoredHouseholdMapper households = mock(MonitoredHouseholdMapper.class);
    private final MonitoringAlertMapper alerts = mock(MonitoringAlertMapper.class);
    private final EconomicCheck check = mock(EconomicCheck.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final MonitoredFacts facts = new MonitoredFacts(cipher, new SnapshotCodec(cipher));
    private final ScreeningRuns runs = mock(ScreeningRuns.class);
    private final AuthorizationRecords authorizations = mock(AuthorizationRecords.class);
    private final ReassessingOnDataChange reassessing = new ReassessingOnDataChange(
            households,
            alerts,
            check,
            facts,
            cipher,
            runs,
            mock(PolicyParameterCatalog.class),
            CaseFixtures.texts(),
            CaseFixtures.clock(),
            authorizations);
    private final HouseholdSnapshot before = Households.single(Households.member(
            "m0", Relation.SELF, LocalDate.of(1970, 1, 1), Employment.UNEMPLOYED, Households.facts()));

    @BeforeEach
    void aMonitoredHouseholdOfThePerson() {
        when(households.selectByMember("id-hash"))
                .thenReturn(List.of(new MemberInHousehold(
                        HOUSEHOLD,
                        "app-1",
                        CaseFixtures.COMMUNITY,
                        0,
                        cipher.encrypt(PiiField.MEMBER_ID_NUMBER, PiiField.rowKey("app-1", 0), ID),
                        facts.seal(HOUSEHOLD, before),
                        "ELIGIBLE")));
        when(runs.startForDataChange(Set.of(HOUSEHOLD))).thenReturn("run-1");
        when(authorizations.firstBrokenSeal("app-1")).thenReturn(java.util.OptionalInt.empty());
    }

    @Test
    void aHouseholdWhoseAuthorizationRecordsFailTheirSealsIsNotReadAgain() {
        when(authorizations.firstBrokenSeal("app-1")).thenReturn(java.util.OptionalInt.of(0));

        assertThat(reassessing.personChanged(List.of("id-hash"))).isNull();

        org.mockito.Mockito.verifyNoInteractions(check, runs);
    }

    @Test
    void aMovedWageReScreensTheHouseholdAndAlertsTheWorker() {
        when(check.factsOf(ID)).thenReturn(Households.facts().set("wage", 2500).build());

        assertThat(reassessing.personChanged(java.util.List.of("id-hash"))).isEqualTo("run-1");

        verify(households).updateFacts(eq(HOUSEHOLD), any(), eq(null));
        ArgumentCaptor<AlertRow> alert = ArgumentCaptor.forClass(AlertRow.class);
        verify(alerts).insert(alert.capture());
        assertThat(alert.getValue().runId()).isEqualTo("run-1");
        assertThat(alert.getValue().kind()).isEqualTo("DATA_CHANGED");
        assertThat(alert.getValue().communityCode()).isEqualTo(CaseFixtures.COMMUNITY);
        assertThat(alert.getValue().createTime()).isEqualTo(NOW);
        assertThat(ReasonsJson.read(alert.getValue().reasons())).containsExactly("部门数据推送变更：成员m0的工资收入已更新，已按新数据重新核定。");
    }

    @Test
    void unchangedFactsStartNoRun() {
        when(check.factsOf(ID)).thenReturn(Households.facts().build());

        assertThat(reassessing.personChanged(java.util.List.of("id-hash"))).isNull();

        verify(households, never()).updateFacts(anyString(), any(), any());
        verifyNoInteractions(runs, alerts);
    }
}
