package cq.assist.core.insurance;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The re-file sweep: each claim the insurer has not taken is tried again by one node only, then waits a minute. */
class RefilingInsuranceClaimsTest {

    private final InsuranceClaimMapper claims = mock(InsuranceClaimMapper.class);
    private final FilingInsuranceClaims filing = mock(FilingInsuranceClaims.class);
    private final RefilingInsuranceClaims refiling = new RefilingInsuranceClaims(
            claims, filing, CaseFixtures.clock(), Duration.ofSeconds(30), Duration.ofMinutes(1), 100);

    private static InsuranceClaimRow claim(String id) {
        return new InsuranceClaimRow(
                id,
                "app-1",
                "H1",
                "c1",
                "PICC",
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
                NOW);
    }

    @Test
    void refilesOnlyTheClaimsThisNodeTookAndCountsWhatTheInsurerAccepted() {
        InsuranceClaimRow taken = claim("k1");
        InsuranceClaimRow other = claim("k2");
        InsuranceClaimRow refused = claim("k3");
        when(claims.selectDueForRefile(NOW, 100)).thenReturn(List.of(taken, other, refused));
        when(claims.updateTakeAttempt("k1", NOW, NOW.plus(Duration.ofMinutes(1))))
                .thenReturn(1);
        when(claims.updateTakeAttempt("k2", NOW, NOW.plus(Duration.ofMinutes(1))))
                .thenReturn(0);
        when(claims.updateTakeAttempt("k3", NOW, NOW.plus(Duration.ofMinutes(1))))
                .thenReturn(1);
        when(filing.refile(taken)).thenReturn(true);
        when(filing.refile(refused)).thenReturn(false);

        assertThat(refiling.sweep()).isEqualTo(1);

        verify(filing, never()).refile(other);
    }

    @Test
    void runsOnlyBetweenStartAndStop() {
        assertThat(refiling.isRunning()).isFalse();
        refiling.start();
        assertThat(refiling.isRunning()).isTrue();
        refiling.stop();
        assertThat(refiling.isRunning()).isFalse();
    }
}
