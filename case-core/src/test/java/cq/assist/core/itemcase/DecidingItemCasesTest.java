package cq.assist.core.itemcase;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.itemcase.DecidingItemCases.Result;
import cq.assist.core.login.Roles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A staff decision at a step: grants, rejections with the resident's reason, maker-checker above the limits,
 * and the refusals when the case has moved on.
 */
class DecidingItemCasesTest {

    private static final Staff APPROVER = new Staff("approver-1", Set.of(Roles.DISTRICT_APPROVER));
    private static final Staff OTHER_APPROVER = new Staff("approver-2", Set.of(Roles.DISTRICT_APPROVER));
    private static final BigDecimal PROPOSED = new BigDecimal("800.00");

    private final ItemCaseMapper cases = mock(ItemCaseMapper.class);
    private final ItemCatalog catalog = mock(ItemCatalog.class);
    private final Grants grants = mock(Grants.class);
    private final EndingGrants endingGrants = mock(EndingGrants.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final DecidingItemCases deciding = new DecidingItemCases(
            cases,
            catalog,
            grants,
            CaseFixtures.clock(),
            endingGrants,
            audit,
            new AmountPolicy(new BigDecimal("0.10"), new BigDecimal("3000.00"), new BigDecimal("100000.00")));

    private final ItemCaseRow atDecision =
            CaseFixtures.itemCase("case-1", "app-1", "DIBAO", "IN_REVIEW", "DISTRICT_DECISION", PROPOSED);

    @BeforeEach
    void aDibaoCaseAtTheDistrictDecision() {
        when(cases.selectByIdForUpdate("case-1")).thenReturn(atDecision);
        when(catalog.item("DIBAO")).thenReturn(new ItemRow("DIBAO", "最低生活保障", "CIVIL_AFFAIRS", "APPLY", true));
        when(cases.updateDecision(any())).thenReturn(1);
    }

    @Test
    void approvingAtTheDecidingStepGrantsTheCaseAndRecordsTheGrant() {
        Result result = deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.APPROVE, null, PROPOSED, APPROVER);

        assertThat(result).isEqualTo(Result.DECIDED);
        verify(cases)
                .insertEvent(
                        new CaseEventRow("case-1", "DISTRICT_DECISION", "APPROVE", null, PROPOSED, "approver-1", NOW));
        verify(cases).updateDecision(new DecisionChange("case-1", "GRANTED", "[]", PROPOSED, NOW, "approver-1", false));
        verify(grants).record(atDecision, "最低生活保障", PROPOSED, "approver-1", "DISTRICT_DECISION");
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().subjectId()).isEqualTo("case-1");
        assertThat(entry.getValue().purpose()).isEqualTo("DISTRICT_DECISION APPROVE DIBAO amount=800.00");
    }

    @Test
    void rejectingEndsTheCaseWithTheReasonTheResidentReadsAndReleasesTheHousehold() {
        deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.REJECT, "  收入超过标准  ", null, APPROVER);

        verify(cases)
                .updateDecision(new DecisionChange(
                        "case-1", "REJECTED", ReasonsJson.write(List.of("收入超过标准")), null, NOW, "approver-1", true));
        verify(endingGrants).afterRejection(atDecision);
        verifyNoInteractions(grants);
    }

    @Test
    void anAmountAboveTheLimitWaitsForASecondApproverWhoMustConfirmTheSameAmount() {
        BigDecimal high = new BigDecimal("3500.00");

        Result first = deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.APPROVE, "重病", high, APPROVER);

        assertThat(first).isEqualTo(Result.AWAITING_SECOND_APPROVAL);
        verify(cases)
                .insertEvent(new CaseEventRow(
                        "case-1",
                        "DISTRICT_DECISION",
                        DecidingItemCases.FIRST_APPROVAL,
                        "重病",
                        high,
                        "approver-1",
                        NOW));
        verify(cases, never()).updateDecision(any());

        CaseEventRow pending = new CaseEventRow(
                "case-1", "DISTRICT_DECISION", DecidingItemCases.FIRST_APPROVAL, "重病", high, "approver-1", NOW);
        when(cases.selectEvents("case-1")).thenReturn(List.of(pending));
        assertThatThrownBy(
                        () -> deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.APPROVE, "重病", high, APPROVER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("itemcase.amount.sameApprover"));

        Result second = deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.APPROVE, "重病", high, OTHER_APPROVER);
        assertThat(second).isEqualTo(Result.DECIDED);
        verify(cases).updateDecision(new DecisionChange("case-1", "GRANTED", "[]", high, NOW, "approver-2", false));
    }

    @Test
    void aCaseNoLongerAtTheStepOrAlreadyDecidedIsAConflict() {
        when(cases.selectByIdForUpdate("case-1"))
                .thenReturn(CaseFixtures.itemCase("case-1", "app-1", "DIBAO", "IN_REVIEW", "STREET_REVIEW"));
        assertThatThrownBy(() ->
                        deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.APPROVE, null, PROPOSED, APPROVER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("itemcase.step.moved");
                });

        when(cases.selectByIdForUpdate("case-1")).thenReturn(atDecision);
        when(cases.updateDecision(any())).thenReturn(0);
        assertThatThrownBy(() ->
                        deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.APPROVE, null, PROPOSED, APPROVER))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        verifyNoInteractions(grants);
    }

    @Test
    void anUnknownCaseIsNotFoundAndAnotherRoleIsForbidden() {
        assertThatThrownBy(
                        () -> deciding.decide("nope", Step.DISTRICT_DECISION, Decision.APPROVE, null, null, APPROVER))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));

        Staff worker = new Staff("w-1", Set.of(Roles.COMMUNITY_WORKER));
        assertThatThrownBy(() ->
                        deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.APPROVE, null, PROPOSED, worker))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        verify(cases, never()).insertEvent(any());
    }

    @Test
    void aPaymentFollowUpApprovedPaysAgainWithoutANewGrant() {
        ItemCaseRow payment = new ItemCaseRow(
                "case-1",
                "app-1",
                "DIBAO",
                "APPLY",
                "PAYMENT",
                "MZ",
                "500103",
                "IN_REVIEW",
                "DISTRICT_DECISION",
                "[]",
                null,
                null,
                null,
                null,
                null,
                "H1",
                "H1",
                "system",
                NOW,
                PROPOSED);
        when(cases.selectByIdForUpdate("case-1")).thenReturn(payment);

        deciding.decide("case-1", Step.DISTRICT_DECISION, Decision.APPROVE, null, PROPOSED, APPROVER);

        verify(cases).updateDecision(any());
        verifyNoInteractions(grants);
    }
}
