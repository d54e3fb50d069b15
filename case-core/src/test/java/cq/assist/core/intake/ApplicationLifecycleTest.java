package cq.assist.core.intake;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.notify.InAppMessages;
import org.junit.jupiter.api.Test;

/** The status changes the application process drives: each applies once, from its expected status. */
class ApplicationLifecycleTest {

    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final Timeline timeline = mock(Timeline.class);
    private final InAppMessages messages = mock(InAppMessages.class);
    private final ApplicationLifecycle lifecycle =
            new ApplicationLifecycle(applications, timeline, CaseFixtures.clock(), messages, CaseFixtures.texts());

    @Test
    void theLastAuthorizationStartsTheEconomicCheckOnce() {
        when(applications.updateStatus(any())).thenReturn(1, 0);

        assertThat(lifecycle.beginEconomicCheck("app-1")).isTrue();
        assertThat(lifecycle.beginEconomicCheck("app-1")).isFalse();

        verify(applications, times(2))
                .updateStatus(new StatusChange("app-1", "AWAITING_AUTHORIZATION", "CHECKING", null, NOW, "system"));
        verify(timeline, times(1)).record("app-1", "CHECK_STARTED", Timeline.Actor.SYSTEM, null);
    }

    @Test
    void thePassedDeadlineExpiresTheApplicationAndTellsTheApplicantWhy() {
        when(applications.updateStatus(any())).thenReturn(1);
        when(applications.selectById("app-1")).thenReturn(CaseFixtures.application("app-1", "YJ20261130000001"));

        assertThat(lifecycle.expire("app-1")).isTrue();

        verify(applications)
                .updateStatus(new StatusChange(
                        "app-1",
                        "AWAITING_AUTHORIZATION",
                        "EXPIRED",
                        ApplicationLifecycle.REASON_AUTHORIZATION_EXPIRED,
                        NOW,
                        "system"));
        verify(timeline).record("app-1", "EXPIRED_AUTHORIZATION_EXPIRED", Timeline.Actor.SYSTEM, null);
        verify(messages).tell("app-1", "授权期限已过，申请失效", "您的申请 YJ20261130000001 因家庭成员未在期限内签署授权书而失效。如需继续申请，请重新提交。");
    }

    @Test
    void anApplicationNoLongerWaitingDoesNotExpire() {
        when(applications.updateStatus(any())).thenReturn(0);

        assertThat(lifecycle.expire("app-1")).isFalse();

        verifyNoInteractions(timeline, messages);
    }
}
