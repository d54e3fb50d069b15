package cq.assist.core.intake;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
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
import cq.assist.core.itemcase.DecisionChange;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ending an open application: its status, every open case released with the reason, and its process. */
class ApplicationEndingTest {

    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final ItemCases cases = mock(ItemCases.class);
    private final ApplicationProcessPort process = mock(ApplicationProcessPort.class);
    private final ApplicationEnding ending =
            new ApplicationEnding(applications, cases, process, CaseFixtures.clock(), CaseFixtures.texts());

    @BeforeEach
    void anApplicationInReviewWithAnOpenAndADecidedCase() {
        when(cases.ofApplication("app-1"))
                .thenReturn(List.of(
                        CaseFixtures.itemCase("open", "app-1", "DIBAO", "IN_REVIEW", "HOME_VISIT"),
                        applyFree(CaseFixtures.itemCase("done", "app-1", "MEDICAL_PREMIUM", "GRANTED", null))));
    }

    private static cq.assist.core.itemcase.ItemCaseRow applyFree(cq.assist.core.itemcase.ItemCaseRow r) {
        return new cq.assist.core.itemcase.ItemCaseRow(
                r.id(),
                r.applicationId(),
                r.itemCode(),
                "APPLY_FREE",
                r.origin(),
                r.departmentCode(),
                r.regionCode(),
                r.status(),
                r.currentStep(),
                r.reasons(),
                r.amount(),
                r.decidedAt(),
                r.decidedBy(),
                r.dueAt(),
                r.processInstanceId(),
                r.householdKey(),
                r.activeKey(),
                r.createBy(),
                r.createTime(),
                null);
    }

    @Test
    void aRefusalClosesItReleasesTheOpenCaseWithTheReasonAndEndsTheProcess() {
        when(applications.selectStatusForUpdate("app-1")).thenReturn("IN_REVIEW");

        ending.close("app-1", "AUTHORIZATION_REFUSED");

        verify(applications)
                .updateStatus(new StatusChange("app-1", "IN_REVIEW", "CLOSED", "AUTHORIZATION_REFUSED", NOW, "system"));
        verify(cases)
                .changeDecision(new DecisionChange(
                        "open",
                        "NOT_ELIGIBLE",
                        ReasonsJson.write(List.of("家庭成员拒绝授权核对家庭经济状况，申请终止")),
                        null,
                        NOW,
                        "system",
                        true));
        verify(cases, never())
                .changeDecision(org.mockito.ArgumentMatchers.argThat(c -> c != null && c.id().equals("done")));
        verify(process).end("app-1", "AUTHORIZATION_REFUSED");
    }

    @Test
    void anEndedApplicationCannotEndAgain() {
        when(applications.selectStatusForUpdate("app-1")).thenReturn("WITHDRAWN");

        assertThatThrownBy(() -> ending.withdraw("app-1", "WITHDRAWN_BY_APPLICANT"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        verify(applications, never()).updateStatus(any());
        verify(process, never()).end(anyString(), anyString());
    }

    @Test
    void aDecisionOnAnItemAppliedForCounts() {
        assertThat(ending.anyDecision("app-1"))
                .as("an apply-free grant is no decision")
                .isFalse();
        when(cases.ofApplication("app-1"))
                .thenReturn(List.of(CaseFixtures.itemCase("c", "app-1", "DIBAO", "REJECTED", null)));
        assertThat(ending.anyDecision("app-1")).isTrue();
    }
}
