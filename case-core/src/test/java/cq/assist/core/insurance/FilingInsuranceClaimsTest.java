package cq.assist.core.insurance;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.Filer;
import cq.assist.core.intake.ReadingApplications;
import cq.assist.core.intake.Timeline;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The resident consents to an insurance claim: filed with the insurer (the full ID number goes to it only), a
 * retry scheduled; a refusal ends it; a worker cannot consent for the resident; an unreachable insurer is retried.
 */
class FilingInsuranceClaimsTest {

    private static final String ID = "500103198501010012";
    private static final Filer RESIDENT = Filer.resident("acc-1");

    private final InsuranceClaimMapper claims = mock(InsuranceClaimMapper.class);
    private final Applications applications = mock(Applications.class);
    private final ReadingApplications reading = mock(ReadingApplications.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final Timeline timeline = mock(Timeline.class);
    private final InsuranceClaims insurer = mock(InsuranceClaims.class);

    @SuppressWarnings("unchecked")
    private final ObjectProvider<InsuranceClaims> insurers = mock(ObjectProvider.class);

    private final FilingInsuranceClaims filing = new FilingInsuranceClaims(
            claims, applications, reading, cipher, CaseFixtures.clock(), insurers, timeline, Duration.ofMinutes(1));
    private final InsuranceClaimRow claim = new InsuranceClaimRow(
            "k1",
            "app-1",
            "H1",
            "c1",
            "惠民济困保",
            "AWAITING_CONSENT",
            new BigDecimal("3200.00"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            NOW);

    @BeforeEach
    void aClaimAwaitingTheResidentsConsent() {
        ApplicationRow app = CaseFixtures.application("app-1", "YJ1");
        ApplicationRow withId = new ApplicationRow(
                app.id(),
                app.applicationNo(),
                app.status(),
                app.filedBy(),
                app.filerAccountId(),
                null,
                "张三",
                cipher.encrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, "app-1", ID),
                "H1",
                null,
                "p",
                app.communityCode(),
                null,
                false,
                null,
                null,
                null,
                null,
                NOW,
                null,
                null,
                "acc-1",
                null);
        when(applications.find("app-1")).thenReturn(withId);
        when(reading.visibleTo(any(), eq(withId))).thenReturn(true);
        when(claims.selectById("k1")).thenReturn(claim);
        when(claims.updateConsent(eq("k1"), anyString(), eq("acc-1"), eq(NOW))).thenReturn(1);
        when(insurers.getIfAvailable()).thenReturn(insurer);
    }

    @Test
    void consentFilesTheClaimWithTheInsurerAndSchedulesARetry() {
        filing.consent(RESIDENT, "k1", true);

        verify(claims).updateConsent("k1", "FILED", "acc-1", NOW);
        verify(claims).updateNextAttempt("k1", NOW.plus(Duration.ofMinutes(1)));
        verify(insurer).file(new ClaimFiling("k1", "张三", ID, new BigDecimal("3200.00")));
        verify(claims).updateHanded("k1", NOW);
        verify(timeline).record("app-1", "INSURANCE_FILED", Timeline.Actor.APPLICANT, null);
    }

    @Test
    void aRefusalEndsTheClaimWithoutTheInsurer() {
        filing.consent(RESIDENT, "k1", false);

        verify(claims).updateConsent("k1", "CONSENT_REFUSED", "acc-1", NOW);
        verify(insurer, never()).file(any());
        verify(timeline).record("app-1", "INSURANCE_CONSENT_REFUSED", Timeline.Actor.APPLICANT, null);
    }

    @Test
    void anUnreachableInsurerLeavesItForTheSweep() {
        doThrow(new IllegalStateException("timeout")).when(insurer).file(any());

        assertThat(filing.refile(claim)).isFalse();
        verify(claims, never()).updateHanded(anyString(), any());

        when(insurers.getIfAvailable()).thenReturn(null);
        assertThat(filing.refile(claim)).isFalse();
    }

    @Test
    void aWorkerAnotherResidentOrADecidedClaimIsRefused() {
        assertThatThrownBy(() -> filing.consent(Filer.worker("w-1", CaseFixtures.COMMUNITY), "k1", true))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        when(reading.visibleTo(eq(Filer.resident("acc-2")), any())).thenReturn(false);
        assertThatThrownBy(() -> filing.consent(Filer.resident("acc-2"), "k1", true))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        when(claims.updateConsent(eq("k1"), anyString(), eq("acc-1"), eq(NOW))).thenReturn(0);
        assertThatThrownBy(() -> filing.consent(RESIDENT, "k1", true))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        verify(insurer, never()).file(any());
    }
}
