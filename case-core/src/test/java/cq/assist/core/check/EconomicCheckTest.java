package cq.assist.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.time.BusinessClock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

class EconomicCheckTest {

    private final ReferenceRegistrySources sources = mock(ReferenceRegistrySources.class);
    private final HouseholdSnapshotMapper snapshots = mock(HouseholdSnapshotMapper.class);
    private final SnapshotCodec codec = new SnapshotCodec(CheckFixtures.testCipher());
    private final EconomicCheck check = new EconomicCheck(
            new FactGathering(sources, sources, sources, sources, sources, sources, sources, sources, sources, sources),
            snapshots,
            codec,
            new BusinessClock());

    EconomicCheckTest() {
        when(sources.person(anyString())).thenReturn(Fact.notFound(DataSources.POPULATION));
        when(sources.monthlyWage(anyString())).thenReturn(Fact.notFound(DataSources.TAX));
        when(sources.monthlyPension(anyString())).thenReturn(Fact.notFound(DataSources.SOCIAL_SECURITY));
        when(sources.monthlyOtherIncome(anyString())).thenReturn(Fact.notFound(DataSources.TAX));
        when(sources.deposits(anyString())).thenReturn(Fact.notFound(DataSources.BANK));
        when(sources.securities(anyString())).thenReturn(Fact.notFound(DataSources.BANK));
        when(sources.homes(anyString())).thenReturn(Fact.notFound(DataSources.REAL_ESTATE));
        when(sources.homeAreaSqm(anyString())).thenReturn(Fact.notFound(DataSources.REAL_ESTATE));
        when(sources.vehicles(anyString())).thenReturn(Fact.notFound(DataSources.VEHICLES));
        when(sources.businesses(anyString())).thenReturn(Fact.notFound(DataSources.BUSINESS));
        when(sources.disabilityGrade(anyString())).thenReturn(Fact.notFound(DataSources.DISABILITY));
        when(sources.medicalExpenses12m(anyString())).thenReturn(Fact.notFound(DataSources.MEDICAL));
        when(sources.onPublicPayroll(anyString())).thenReturn(Fact.notFound(DataSources.PUBLIC_PAYROLL));
        when(snapshots.selectByApplicationId(anyString())).thenReturn(Optional.empty());
    }

    @Test
    void neverAsksTheSourcesAboutAnUnauthorizedMember() {
        HouseholdSnapshot snapshot = check.run(
                CheckFixtures.request(CheckFixtures.applicant("APPLICANT"), CheckFixtures.spouse("SPOUSE", false)));

        verify(sources).person("APPLICANT");
        verify(sources, never()).person("SPOUSE");
        verify(sources, never()).monthlyWage("SPOUSE");
        assertThat(snapshot.members().get(1).facts().monthlyWage()).isEqualTo(Fact.notFound(DataSources.UNAUTHORIZED));
    }

    @Test
    void returnsTheWinnersSnapshotWhenARaceLosesOnTheUniqueKey() {
        CheckRequest request = CheckFixtures.request(CheckFixtures.applicant("APPLICANT"));
        HouseholdSnapshot winner = SnapshotCodecTest.snapshotWithWage("500.00");
        StoredSnapshotRow stored = new StoredSnapshotRow(
                request.applicationId(),
                codec.seal(request.applicationId(), winner),
                request.checkDate(),
                1,
                "[]",
                null);
        when(snapshots.insert(any())).thenThrow(new DuplicateKeyException("uk_household_snapshot_application"));
        when(snapshots.selectByApplicationId(request.applicationId()))
                .thenReturn(Optional.empty(), Optional.of(stored));

        assertThat(check.run(request)).isEqualTo(winner);
    }

    @Test
    void recordsWhichSourcesAnsweredWithoutPersonalData() {
        HouseholdSnapshot snapshot = SnapshotCodecTest.snapshotWithWage("1.00");

        assertThat(EconomicCheck.sourcesSeen(snapshot))
                .extracting(EconomicCheck.SourceSeen::source)
                .containsExactly(
                        DataSources.POPULATION, DataSources.PUBLIC_PAYROLL, DataSources.REAL_ESTATE, DataSources.TAX);
    }
}
