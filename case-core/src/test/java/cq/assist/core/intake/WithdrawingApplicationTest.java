package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.notify.InAppMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The applicant withdraws: what ends, what is told, and when it is refused. */
class WithdrawingApplicationTest {

    private static final Filer APPLICANT = Filer.resident("acc-1");
    private static final ApplicationRow ROW = CaseFixtures.application("app-1", "YJ20261130000001");

    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final ReadingApplications reading = mock(ReadingApplications.class);
    private final ApplicationEnding ending = mock(ApplicationEnding.class);
    private final Timeline timeline = mock(Timeline.class);
    private final InAppMessages messages = mock(InAppMessages.class);
    private final WithdrawingApplication withdrawing =
            new WithdrawingApplication(applications, reading, ending, timeline, messages, CaseFixtures.texts());

    @BeforeEach
    void theApplicantsApplication() {
        when(applications.selectById("app-1")).thenReturn(ROW);
        when(reading.visibleTo(APPLICANT, ROW)).thenReturn(true);
    }

    @Test
    void endsTheApplicationRecordsItAndTellsTheApplicantTheReason() {
        withdrawing.withdraw(APPLICANT, "app-1", "  已找到工作  ");

        verify(applications).selectStatusForUpdate("app-1");
        verify(ending).withdraw("app-1", WithdrawingApplication.REASON);
        verify(timeline).record("app-1", "WITHDRAWN", Timeline.Actor.APPLICANT, null);
        verify(messages).tell("app-1", "申请已撤回", "您已撤回申请 YJ20261130000001。原因：已找到工作。");
    }

    @Test
    void aWorkerWithdrawingIsRecordedAsTheWorker() {
        Filer worker = Filer.worker("w-1", "500103001001");
        when(reading.visibleTo(worker, ROW)).thenReturn(true);

        withdrawing.withdraw(worker, "app-1", "家庭情况好转");

        verify(timeline).record("app-1", "WITHDRAWN", Timeline.Actor.WORKER, null);
    }

    @Test
    void afterADecisionItIsTooLate() {
        when(ending.anyDecision("app-1")).thenReturn(true);

        assertThatThrownBy(() -> withdrawing.withdraw(APPLICANT, "app-1", "不需要了"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("intake.withdraw.decided");
                });
        verify(ending, never()).withdraw(anyString(), anyString());
        verify(messages, never()).tell(any(), any(), any());
    }

    @Test
    void someoneElsesApplicationIsNotFound() {
        Filer stranger = Filer.resident("acc-2");

        assertThatThrownBy(() -> withdrawing.withdraw(stranger, "app-1", "不需要了"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        verify(applications, never()).selectStatusForUpdate(anyString());
    }

    @Test
    void aReasonIsRequiredAndAtMost500Characters() {
        for (String reason : new String[] {null, "   ", "因".repeat(501)}) {
            assertThatThrownBy(() -> withdrawing.withdraw(APPLICANT, "app-1", reason))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("reason"));
        }
        verify(ending, never()).withdraw(anyString(), anyString());
    }
}
