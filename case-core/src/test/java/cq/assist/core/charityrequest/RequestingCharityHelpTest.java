package cq.assist.core.charityrequest;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.charity.CharityFunds;
import cq.assist.core.charity.ProjectFundRow;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.Filer;
import cq.assist.core.intake.ReadingApplications;
import cq.assist.core.intake.Timeline;
import cq.assist.core.notify.InAppMessages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A resident asks a matched charity project for help: only with consent to share, only herself, only a matched
 * and active project, once; the request and the consent (the exact terms agreed) are stored together.
 */
class RequestingCharityHelpTest {

    private static final Filer RESIDENT = Filer.resident("acc-1");

    private final Applications applications = mock(Applications.class);
    private final ReadingApplications reading = mock(ReadingApplications.class);
    private final ApplicationItems items = mock(ApplicationItems.class);
    private final CharityFunds funds = mock(CharityFunds.class);
    private final CharityRequestMapper requests = mock(CharityRequestMapper.class);
    private final InAppMessages messages = mock(InAppMessages.class);
    private final Timeline timeline = mock(Timeline.class);
    private final RequestingCharityHelp requesting = new RequestingCharityHelp(
            applications,
            reading,
            items,
            funds,
            requests,
            messages,
            CaseFixtures.texts(),
            CaseFixtures.clock(),
            timeline);
    private final ProjectFundRow project = new ProjectFundRow(
            "p1",
            "大病帮扶",
            "org-1",
            "渝中慈善会",
            "d",
            "ILLNESS",
            null,
            new BigDecimal("100000"),
            new BigDecimal("50000"),
            new BigDecimal("3000"),
            true,
            0);

    @BeforeEach
    void aMatchedProjectOfTheResidentsApplication() {
        ApplicationRow app = CaseFixtures.application("app-1", "YJ1");
        when(applications.find("app-1")).thenReturn(app);
        when(reading.visibleTo(RESIDENT, app)).thenReturn(true);
        when(items.charityMatches("app-1"))
                .thenReturn(List.of(new ApplicationItems.Match("p1", "大病帮扶", "渝中慈善会", List.of("符合"))));
        when(funds.project("p1")).thenReturn(Optional.of(project));
        when(requests.selectById(any()))
                .thenAnswer(call -> new CharityRequestRow(
                        call.getArgument(0),
                        "app-1",
                        "p1",
                        "大病帮扶",
                        "org-1",
                        "渝中慈善会",
                        "H1",
                        "acc-1",
                        "SUBMITTED",
                        null,
                        null,
                        null,
                        null,
                        NOW));
    }

    @Test
    void storesTheRequestWithTheConsentAgreedAndTellsTheResident() {
        CharityRequestView view = requesting.request(RESIDENT, "app-1", "p1", true, null);

        ArgumentCaptor<CharityRequestRow> row = ArgumentCaptor.forClass(CharityRequestRow.class);
        verify(requests).insert(row.capture());
        assertThat(row.getValue().status()).isEqualTo("SUBMITTED");
        assertThat(row.getValue().householdKey()).isEqualTo("H1");
        assertThat(row.getValue().orgCode()).isEqualTo("org-1");
        ArgumentCaptor<CharityConsentRow> consent = ArgumentCaptor.forClass(CharityConsentRow.class);
        verify(requests).insertConsent(consent.capture());
        ConsentTerms terms = ConsentTerms.of(project);
        assertThat(consent.getValue().requestId()).isEqualTo(row.getValue().id());
        assertThat(view.id()).isEqualTo(row.getValue().id());
        assertThat(consent.getValue().sharedFields()).isEqualTo(terms.fieldCodes());
        assertThat(consent.getValue().textSha256()).isEqualTo(terms.textSha256());
        assertThat(consent.getValue().givenAt()).isEqualTo(NOW);
        verify(messages).tell("app-1", "慈善求助已提交", "您已向渝中慈善会“大病帮扶”提出慈善求助，并同意向其提供所列信息。您可随时撤回同意。");
        verify(timeline).record("app-1", "CHARITY_REQUESTED", Timeline.Actor.APPLICANT, null);
    }

    @Test
    void noConsentAWorkerAnUnmatchedOrClosedProjectOrASecondRequestIsRefused() {
        assertThatThrownBy(() -> requesting.request(RESIDENT, "app-1", "p1", false, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("consentToShare"));
        assertThatThrownBy(() ->
                        requesting.request(Filer.worker("w-1", CaseFixtures.COMMUNITY), "app-1", "p1", true, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        assertThatThrownBy(() -> requesting.request(RESIDENT, "app-1", "p9", true, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));
        verify(requests, never()).insert(any());

        when(requests.insert(any())).thenThrow(new org.springframework.dao.DuplicateKeyException("uk"));
        assertThatThrownBy(() -> requesting.request(RESIDENT, "app-1", "p1", true, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        verify(requests, never()).insertConsent(any());
    }

    @Test
    void consentToTermsThatChangedSinceTheyWereShownIsRefusedAndTheShownOnesAreAccepted() {
        String shown = ConsentTerms.of(project).textSha256();

        assertThatThrownBy(() -> requesting.request(RESIDENT, "app-1", "p1", true, "0".repeat(64)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("consentTextSha256");
                });
        verify(requests, never()).insert(any());

        requesting.request(RESIDENT, "app-1", "p1", true, shown.toUpperCase(java.util.Locale.ROOT));
        verify(requests).insertConsent(any());
    }
}
