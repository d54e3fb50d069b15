package cq.assist.core.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.charity.CharityCatalog;
import cq.assist.core.check.CheckRequest;
import cq.assist.core.check.EconomicCheck;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCatalog;
import cq.assist.core.itemcase.ItemRow;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Households;
import cq.assist.core.rules.Relation;
import cq.assist.core.rules.SeededParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The assessment opens cases only for items in play: what the household applies for holds the household
 * key, joint items wait keyless for the base grant, and everything else is settled with the assessment.
 */
class AssessingApplicationTest {

    private final Applications applications = mock(Applications.class);
    private final ItemCatalog catalog = mock(ItemCatalog.class);
    private final CheckRequests requests = mock(CheckRequests.class);
    private final EconomicCheck check = mock(EconomicCheck.class);
    private final PolicyParameterCatalog parameters = mock(PolicyParameterCatalog.class);
    private final CharityCatalog charity = mock(CharityCatalog.class);
    private final OpeningItemCases opening = mock(OpeningItemCases.class);
    private final FanOutMapper fanOut = mock(FanOutMapper.class);
    private final Timeline timeline = mock(Timeline.class);
    private final AssessingApplication assessing = new AssessingApplication(
            applications,
            catalog,
            requests,
            check,
            parameters,
            charity,
            opening,
            fanOut,
            timeline,
            CaseFixtures.clock());

    /** One unemployed adult with no income, medical expenses, no home: 低保 and its joint items are in play. */
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
    void aSubmittedApplication() {
        when(applications.find("app-1")).thenReturn(CaseFixtures.application("app-1", "YJ20261130000001"));
        CheckRequest request = mock(CheckRequest.class);
        when(requests.of(any(), any())).thenReturn(request);
        when(check.run(request)).thenReturn(household());
        when(parameters.current()).thenReturn(SeededParameters.parameters());
        when(charity.activeProjects()).thenReturn(List.of());
        when(catalog.item(any()))
                .thenAnswer(call -> new ItemRow(call.getArgument(0), "事项", "CIVIL_AFFAIRS", "APPLY", false));
        when(opening.open(any()))
                .thenReturn(Optional.of(CaseFixtures.itemCase("c", "app-1", "DIBAO", "PENDING", null)));
    }

    @Test
    void opensTheItemsAppliedForWithTheHouseholdKeyAndLeavesJointItemsWaitingKeyless() {
        assessing.assess("app-1");

        verify(applications).lockStatus("app-1");
        ArgumentCaptor<NewCase> opened = ArgumentCaptor.forClass(NewCase.class);
        verify(opening, org.mockito.Mockito.atLeastOnce()).open(opened.capture());
        assertThat(opened.getAllValues()).extracting(NewCase::itemCode).contains("DIBAO");
        assertThat(opened.getAllValues()).allSatisfy(c -> {
            assertThat(c.holdKey()).isTrue();
            assertThat(c.householdKey()).isEqualTo("H1");
            assertThat(c.status()).isEqualTo(ItemCaseStatus.PENDING);
        });
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<NewCase>> keyless = ArgumentCaptor.forClass(List.class);
        verify(opening).openAll(keyless.capture());
        assertThat(keyless.getValue()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.holdKey()).isFalse();
            assertThat(c.origin()).isEqualTo(CaseOrigin.JOINT_PUSH);
        });
        assertThat(keyless.getValue())
                .extracting(NewCase::itemCode)
                .as("apply-free items wait for the 低保 grant like joint items (policy facts, joint pushes)")
                .contains("MEDICAL_PREMIUM", "POWER_WAIVER");
        assertThat(keyless.getValue())
                .extracting(NewCase::itemCode)
                .doesNotContainAnyElementsOf(
                        opened.getAllValues().stream().map(NewCase::itemCode).toList());
        verify(timeline).record("app-1", "ASSESSED", Timeline.Actor.SYSTEM, null);
    }

    @Test
    void everyItemNotInPlayIsSettledWithTheAssessmentSoNoDepartmentSeesIt() {
        assessing.assess("app-1");

        ArgumentCaptor<AssessmentRow> stored = ArgumentCaptor.forClass(AssessmentRow.class);
        verify(fanOut).insertAssessment(stored.capture());
        assertThat(stored.getValue().applicationId()).isEqualTo("app-1");
        assertThat(stored.getValue().createTime()).isEqualTo(CaseFixtures.NOW);
        assertThat(stored.getValue().settled()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.status()).isEqualTo("NOT_ELIGIBLE");
            assertThat(s.reasons()).isNotEmpty();
            assertThat(s.code()).isNotEqualTo("DIBAO");
        });
    }

    @Test
    void anItemTheHouseholdHoldsAlreadyIsSettledAsHeld() {
        when(opening.open(any())).thenReturn(Optional.empty());

        assessing.assess("app-1");

        ArgumentCaptor<AssessmentRow> stored = ArgumentCaptor.forClass(AssessmentRow.class);
        verify(fanOut).insertAssessment(stored.capture());
        assertThat(stored.getValue().settled())
                .filteredOn(s -> s.code().equals("DIBAO"))
                .singleElement()
                .satisfies(s -> assertThat(s.reasons()).containsExactly(CoreTexts.zh("itemcase.event.alreadyHeld")));
    }

    @Test
    void aSecondRunFindsTheAssessmentStoredAndDoesNothing() {
        when(fanOut.selectAssessment("app-1")).thenReturn(mock(AssessmentRow.class));

        assessing.assess("app-1");

        verifyNoInteractions(check, opening, timeline);
        verify(fanOut, never()).insertAssessment(any());
        verify(fanOut, never()).insertCharityMatches(anyList());
    }
}
