package cq.assist.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Verifying the chain: a break raises an alert row; an on-demand check is itself audited with its outcome. */
class AuditChainVerifierTest {

    private final AuditLog log = mock(AuditLog.class);
    private final AuditLogMapper entries = mock(AuditLogMapper.class);
    private final AuditChainVerifier verifier =
            new AuditChainVerifier(log, entries, new AuditProperties("k", Duration.ofHours(1), null, null, null));

    @Test
    void anIntactChainRaisesNothingAndTheOnDemandCheckIsAuditedAsASuccess() {
        when(log.verifyChain()).thenReturn(ChainVerification.intact(12));

        assertThat(verifier.verifyOnDemand("auditor", "AUDITOR").ok()).isTrue();
        verifier.runRound();

        verify(entries, never()).insertAlert(any(), anyString(), anyString(), any(), anyLong());
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(log).record(entry.capture());
        assertThat(entry.getValue().outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(entry.getValue().purpose()).isEqualTo("intact: 12");
    }

    @Test
    void aBreakRaisesAnAlertWithItsTriggerAndTheAuditSaysFailure() {
        when(log.verifyChain())
                .thenReturn(ChainVerification.broken(4, 5, 55L, ChainVerification.Problem.ENTRY_ALTERED));

        verifier.verifyOnSchedule();
        verifier.verifyOnDemand("auditor", "AUDITOR");

        verify(entries).insertAlert(any(), eq("SCHEDULE"), eq("ENTRY_ALTERED"), eq(5L), eq(4L));
        verify(entries).insertAlert(any(), eq("ON_DEMAND"), eq("ENTRY_ALTERED"), eq(5L), eq(4L));
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(log).record(entry.capture());
        assertThat(entry.getValue().outcome()).isEqualTo(AuditOutcome.FAILURE);
    }
}
