package cq.assist.core.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.check.EconomicCheck;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.notify.InAppMessages;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.Households;
import cq.assist.core.rules.Relation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;

/**
 * After a 低保 or 特困 grant a household with own-paid medical expenses is offered an insurance claim, once,
 * awaiting its consent; nothing is offered without expenses, for other items or for a payment follow-up.
 */
class OfferingInsuranceClaimsTest {

    private final ItemCases cases = mock(ItemCases.class);
    private final EconomicCheck check = mock(EconomicCheck.class);
    private final InsuranceClaimMapper claims = mock(InsuranceClaimMapper.class);
    private final InAppMessages messages = mock(InAppMessages.class);
    private final Timeline timeline = mock(Timeline.class);

    @SuppressWarnings("unchecked")
    private final ObjectProvider<InsuranceClaims> insurer = mock(ObjectProvider.class);

    private final OfferingInsuranceClaims offering = new OfferingInsuranceClaims(
            cases, check, claims, messages, CaseFixtures.texts(), CaseFixtures.clock(), insurer, timeline);

    @BeforeEach
    void aGrantedDibaoWithMedicalExpenses() {
        when(cases.find("c1")).thenReturn(CaseFixtures.itemCase("c1", "app-1", "DIBAO", "GRANTED", null));
        when(check.find("app-1"))
                .thenReturn(Optional.of(Households.single(Households.member(
                        "m1",
                        Relation.SELF,
                        LocalDate.of(1970, 1, 1),
                        Employment.UNEMPLOYED,
                        Households.facts().set("medicalExpenses", 3200)))));
    }

    @Test
    void offersAClaimAwaitingConsentAndTellsTheResident() {
        assertThat(offering.offer("c1")).isPresent();

        ArgumentCaptor<InsuranceClaimRow> row = ArgumentCaptor.forClass(InsuranceClaimRow.class);
        verify(claims).insert(row.capture());
        assertThat(row.getValue().status()).isEqualTo("AWAITING_CONSENT");
        assertThat(row.getValue().amountClaimed()).isEqualByComparingTo("3200.00");
        assertThat(row.getValue().insurer()).isEqualTo("惠民济困保");
        assertThat(row.getValue().triggerCaseId()).isEqualTo("c1");
        verify(messages)
                .tell("app-1", "可为您申报惠民济困保理赔", "您已获批低保/特困救助，近12个月自付医疗费用3200.00元可申报惠民济困保理赔。请在申请详情中确认是否同意由平台为您申报。");
        verify(timeline).record("app-1", "INSURANCE_OFFERED", Timeline.Actor.SYSTEM, null);
    }

    @Test
    void aSecondOfferForTheSameGrantIsNotMade() {
        doThrow(new DuplicateKeyException("uk_insurance_claim_trigger"))
                .when(claims)
                .insert(any());

        assertThat(offering.offer("c1")).isEmpty();
        verify(messages, never()).tell(anyString(), anyString(), anyString());
    }

    @Test
    void nothingForOtherItemsUndecidedCasesOrNoExpenses() {
        when(cases.find("c2")).thenReturn(CaseFixtures.itemCase("c2", "app-1", "LEGAL_AID", "GRANTED", null));
        when(cases.find("c3")).thenReturn(CaseFixtures.itemCase("c3", "app-1", "DIBAO", "IN_REVIEW", null));
        when(cases.find("c4")).thenReturn(CaseFixtures.itemCase("c4", "app-2", "TEKUN", "GRANTED", null));

        assertThat(offering.offer("c2")).isEmpty();
        assertThat(offering.offer("c3")).isEmpty();
        assertThat(offering.offer("c4")).as("no check, no expenses").isEmpty();
        assertThat(offering.offer("nope")).isEmpty();
        verify(claims, never()).insert(any());
    }
}
