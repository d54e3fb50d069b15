package cq.assist.core.charityrequest;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.charity.CharityFunds;
import cq.assist.core.charity.ProjectFundRow;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.Timeline;
import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.notify.InAppMessages;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A charity decides a request made to it: an amount within the project's cap, paid from its fund once, the
 * resident told in the app and by SMS; a decline needs a reason; another charity's request does not exist for it.
 */
class DecidingCharityRequestsTest {

    private final CharityRequestMapper requests = mock(CharityRequestMapper.class);
    private final CharityFunds funds = mock(CharityFunds.class);
    private final InAppMessages messages = mock(InAppMessages.class);
    private final ApplicantMessages sms = mock(ApplicantMessages.class);
    private final Timeline timeline = mock(Timeline.class);
    private final DecidingCharityRequests deciding = new DecidingCharityRequests(
            requests, funds, messages, sms, CaseFixtures.texts(), CaseFixtures.clock(), timeline);

    private static CharityRequestRow request(String status) {
        return new CharityRequestRow(
                "r1", "app-1", "p1", "大病帮扶", "org-1", "渝中慈善会", "H1", "acc-1", status, null, null, null, null, NOW);
    }

    @BeforeEach
    void anOpenRequestToAProjectWithACap() {
        when(requests.selectById("r1")).thenReturn(request("SUBMITTED"));
        when(funds.project("p1"))
                .thenReturn(Optional.of(new ProjectFundRow(
                        "p1",
                        "大病帮扶",
                        "org-1",
                        "渝中慈善会",
                        "d",
                        "ILLNESS",
                        null,
                        new BigDecimal("100000"),
                        new BigDecimal("50000"),
                        new BigDecimal("3000.00"),
                        true,
                        4)));
        when(requests.updateDecision(anyString(), anyString(), any(), any(), any(), anyString()))
                .thenReturn(1);
        when(funds.debit(eq("p1"), any(), eq("charity-1"))).thenReturn(true);
    }

    @Test
    void acceptingPaysFromTheFundAndTellsTheResident() {
        deciding.decide("org-1", "charity-1", "r1", new CharityDecision(true, new BigDecimal("2000"), null));

        verify(requests).updateDecision("r1", "ACCEPTED", new BigDecimal("2000.00"), null, NOW, "charity-1");
        verify(funds).debit("p1", new BigDecimal("2000.00"), "charity-1");
        verify(messages).tell("app-1", "慈善求助已获同意", "渝中慈善会已同意您向“大病帮扶”提出的求助，救助金额2000.00元。");
        verify(sms)
                .queue(
                        "app-1",
                        "CHARITY:r1",
                        ApplicantMessages.SMS,
                        "【渝悦救助通】渝中慈善会已同意您的慈善求助，救助金额2000.00元。详情请在“我的慈善求助”中查看。");
        verify(timeline).record("app-1", "CHARITY_ACCEPTED", Timeline.Actor.SYSTEM, null);
    }

    @Test
    void anAmountOverTheCapOrTheFundIsRefused() {
        assertThatThrownBy(() -> deciding.decide(
                        "org-1", "charity-1", "r1", new CharityDecision(true, new BigDecimal("3000.01"), null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));
        verify(requests, never()).updateDecision(anyString(), anyString(), any(), any(), any(), anyString());

        when(funds.debit(eq("p1"), any(), eq("charity-1"))).thenReturn(false);
        assertThatThrownBy(() -> deciding.decide(
                        "org-1", "charity-1", "r1", new CharityDecision(true, new BigDecimal("3000"), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("charity.fund.exceeded");
                });
        verify(messages, never()).tell(anyString(), anyString(), anyString());
    }

    @Test
    void aDeclineNeedsAReasonAndABadAmountIsNamed() {
        assertThatThrownBy(() -> deciding.decide("org-1", "charity-1", "r1", new CharityDecision(false, null, " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("reason"));
        assertThatThrownBy(() -> deciding.decide(
                        "org-1", "charity-1", "r1", new CharityDecision(true, new BigDecimal("10.005"), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("amount"));

        deciding.decide("org-1", "charity-1", "r1", new CharityDecision(false, null, "不符合项目条件"));
        verify(requests).updateDecision("r1", "DECLINED", null, "不符合项目条件", NOW, "charity-1");
        verify(timeline).record("app-1", "CHARITY_DECLINED", Timeline.Actor.SYSTEM, null);
        verify(funds, never()).debit(anyString(), any(), anyString());
    }

    @Test
    void anotherCharitysRequestIsNotFoundAndADecidedOneIsAConflict() {
        assertThatThrownBy(() -> deciding.decide("org-2", "c", "r1", new CharityDecision(false, null, "不符合")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        when(requests.selectById("r1")).thenReturn(request("ACCEPTED"));
        assertThatThrownBy(() -> deciding.decide("org-1", "c", "r1", new CharityDecision(false, null, "不符合")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
    }
}
