package cq.assist.core.insurance;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.CaseEventRow;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.notify.InAppMessages;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The insurer's answer: recorded once; a payout lowers the open medical-aid case's proposed amount by what was
 * paid (never below zero) with the reason the approver reads; the resident is told either way.
 */
class RecordingInsurerAnswersTest {

    private final InsuranceClaimMapper claims = mock(InsuranceClaimMapper.class);
    private final ItemCases cases = mock(ItemCases.class);
    private final InAppMessages messages = mock(InAppMessages.class);
    private final ApplicantMessages outbox = mock(ApplicantMessages.class);
    private final Timeline timeline = mock(Timeline.class);
    private final RecordingInsurerAnswers recording = new RecordingInsurerAnswers(
            claims, cases, messages, outbox, CaseFixtures.texts(), CaseFixtures.clock(), timeline);
    private final ItemCaseRow medicalAid = CaseFixtures.itemCase(
            "c-med", "app-1", "MEDICAL_AID", "IN_REVIEW", "DEPARTMENT_REVIEW", new BigDecimal("5000.00"));

    @BeforeEach
    void aFiledClaimAndAnOpenMedicalAidCase() {
        when(claims.selectById("k1"))
                .thenReturn(new InsuranceClaimRow(
                        "k1",
                        "app-1",
                        "H1",
                        "c1",
                        "惠民济困保",
                        "FILED",
                        new BigDecimal("5000.00"),
                        null,
                        null,
                        null,
                        null,
                        "acc-1",
                        NOW,
                        NOW,
                        null,
                        NOW));
        when(claims.updateAnswer(eq("k1"), anyString(), any(), any(), any(), eq(NOW)))
                .thenReturn(1);
        when(cases.ofApplication("app-1")).thenReturn(List.of(medicalAid));
        when(cases.lockForUpdate("c-med")).thenReturn(medicalAid);
        when(cases.changeProposedAmount(anyString(), any(), anyString(), anyString(), any()))
                .thenReturn(1);
    }

    @Test
    void aPayoutLowersTheOpenMedicalAidAndTellsTheResident() {
        assertThat(recording.record(new InsurerAnswer("k1", true, new BigDecimal("1200"), null, "PICC-9")))
                .isTrue();

        verify(claims).updateAnswer("k1", "PAID", new BigDecimal("1200.00"), null, "PICC-9", NOW);
        String reason = "惠民济困保已赔付1200.00元：医疗救助待定金额由5000.00元核减为3800.00元，避免重复救助。";
        verify(cases)
                .changeProposedAmount(
                        "c-med", new BigDecimal("3800.00"), ReasonsJson.append("[]", reason), "insurer", NOW);
        verify(cases)
                .recordEvent(new CaseEventRow(
                        "c-med",
                        "DEPARTMENT_REVIEW",
                        RecordingInsurerAnswers.PAYOUT_EVENT,
                        reason,
                        new BigDecimal("1200.00"),
                        "insurer",
                        NOW));
        verify(claims).updateMedicalAidCase("k1", "c-med");
        verify(messages).tell("app-1", "惠民济困保已赔付", "惠民济困保已赔付1200.00元。医疗救助将按扣除赔付后的金额审核。");
        verify(timeline).record("app-1", "INSURANCE_PAID", Timeline.Actor.SYSTEM, null);
    }

    @Test
    void aPayoutAboveTheProposalLeavesZero() {
        recording.record(new InsurerAnswer("k1", true, new BigDecimal("6000"), null, null));

        verify(cases)
                .changeProposedAmount(eq("c-med"), eq(new BigDecimal("0.00")), anyString(), eq("insurer"), eq(NOW));
    }

    @Test
    void aRejectionChangesNoCaseAndAnAnswerRecordedBeforeOrForNoClaimIsIgnored() {
        assertThat(recording.record(new InsurerAnswer("k1", false, null, "不在保障范围", null)))
                .isTrue();
        verify(claims).updateAnswer("k1", "REJECTED", null, "不在保障范围", null, NOW);
        verify(cases, never()).changeProposedAmount(anyString(), any(), anyString(), anyString(), any());
        verify(timeline).record("app-1", "INSURANCE_REJECTED", Timeline.Actor.SYSTEM, null);

        when(claims.updateAnswer(eq("k1"), anyString(), any(), any(), any(), eq(NOW)))
                .thenReturn(0);
        assertThat(recording.record(new InsurerAnswer("k1", true, BigDecimal.TEN, null, null)))
                .isFalse();
        assertThat(recording.record(new InsurerAnswer("nope", true, BigDecimal.TEN, null, null)))
                .isFalse();
    }
}
