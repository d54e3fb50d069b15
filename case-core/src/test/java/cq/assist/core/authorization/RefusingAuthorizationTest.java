package cq.assist.core.authorization;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationEnding;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.intake.Timeline;
import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.notify.InAppMessages;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member refuses to co-sign: the application ends, and the applicant is told who refused and why (or that
 * no reason was given: refusing needs none).
 */
class RefusingAuthorizationTest {

    private final OpenTokens openTokens = mock(OpenTokens.class);
    private final AuthorizationTokenMapper tokens = mock(AuthorizationTokenMapper.class);
    private final ApplicationEnding ending = mock(ApplicationEnding.class);
    private final Timeline timeline = mock(Timeline.class);
    private final InAppMessages messages = mock(InAppMessages.class);
    private final ApplicantMessages sms = mock(ApplicantMessages.class);
    private final RefusingAuthorization refusing = new RefusingAuthorization(
            openTokens, tokens, ending, timeline, messages, sms, CaseFixtures.texts(), CaseFixtures.clock());

    @BeforeEach
    void anOpenLink() {
        MemberRow spouse =
                new MemberRow("app-1", 2, "王芳", null, "M2", "SPOUSE", null, null, null, null, false, "EMPLOYED", true);
        when(openTokens.find(anyString(), anyBoolean()))
                .thenReturn(new OpenToken(
                        new TokenRow("th", null, "app-1", 2, "2026-01", NOW.plus(Duration.ofDays(7)), null, null),
                        CaseFixtures.application("app-1", "YJ1"),
                        spouse));
        when(tokens.updateUsed(any())).thenReturn(1);
    }

    @Test
    void endsTheApplicationAndTellsTheApplicantInTheAppAndBySms() {
        refusing.refuse("raw", "  不同意查询收入  ");

        verify(tokens).updateUsed(new TokenUse("th", NOW));
        verify(ending).close("app-1", RefusingAuthorization.REASON);
        verify(timeline).record("app-1", "AUTHORIZATION_REFUSED", Timeline.Actor.MEMBER, "王*");
        verify(messages)
                .tell("app-1", "家庭成员拒绝授权", "您的申请 YJ1 中，家庭成员 王* 拒绝签署家庭经济状况核查授权书，申请已终止。原因：不同意查询收入。如需继续申请，请与家庭成员沟通后重新提交。");
        verify(sms)
                .queue(
                        "app-1",
                        RefusingAuthorization.REASON,
                        ApplicantMessages.SMS,
                        "【渝悦救助通】您的申请 YJ1 中，家庭成员 王* 拒绝签署授权书，申请已终止，详情请在应用内查看。");
    }

    @Test
    void aRefusalWithoutAReasonEndsTheApplicationAndSaysNoReasonWasGiven() {
        for (String none : new String[] {null, "", "  "}) {
            org.mockito.Mockito.clearInvocations(ending, timeline, messages, sms);

            refusing.refuse("raw", none);

            verify(ending).close("app-1", RefusingAuthorization.REASON);
            verify(timeline).record("app-1", "AUTHORIZATION_REFUSED", Timeline.Actor.MEMBER, "王*");
            verify(messages)
                    .tell("app-1", "家庭成员拒绝授权", "您的申请 YJ1 中，家庭成员 王* 拒绝签署家庭经济状况核查授权书，申请已终止。原因：未说明。如需继续申请，请与家庭成员沟通后重新提交。");
            verify(sms).queue(anyString(), anyString(), anyString(), anyString());
        }
    }

    @Test
    void aReasonTooLongIsInvalidAndALinkSpentMeanwhileIsGone() {
        assertThatThrownBy(() -> refusing.refuse("raw", "因".repeat(RefusingAuthorization.MAX_REASON + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("reason"));
        verify(ending, never()).close(anyString(), anyString());

        when(tokens.updateUsed(any())).thenReturn(0);
        assertThatThrownBy(() -> refusing.refuse("raw", "不同意"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.GONE));
        verify(ending, never()).close(anyString(), anyString());
    }

    @Test
    void aMinorCannotRefuseForHimselfThroughTheLink() {
        MemberRow nephew = new MemberRow(
                "app-1", 3, "张小明", null, "M3", "OTHER", null, null, LocalDate.of(2011, 6, 1), null, true, null, true);
        when(openTokens.find(anyString(), anyBoolean()))
                .thenReturn(new OpenToken(
                        new TokenRow("th", null, "app-1", 3, "2026-01", NOW.plus(Duration.ofDays(7)), null, null),
                        CaseFixtures.application("app-1", "YJ1"),
                        nephew));

        assertThatThrownBy(() -> refusing.refuse("raw", "不同意"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        verify(tokens, never()).updateUsed(any());
        verify(ending, never()).close(anyString(), anyString());
    }
}
