package cq.assist.core.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reconciling the bank's return file: what counts as paid, failed and unmatched, and what is written. */
class ReconcilingReturnsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final RollRow ROLL = new RollRow(
            "roll-1", "2026-11", "500103", "EXPORTED", 3, new BigDecimal("2400.00"), 0, 0, "admin", NOW, NOW);

    private final PaymentRolls rolls = mock(PaymentRolls.class);
    private final PaymentMapper payments = mock(PaymentMapper.class);
    private final List<LineReturn> written = new ArrayList<>();
    private final ReconcilingReturns reconciling =
            new ReconcilingReturns(rolls, payments, new BusinessClock(Clock.fixed(NOW, ZoneOffset.UTC)));

    @BeforeEach
    void aRollOfThreeLines() {
        when(rolls.roll("roll-1", "500103")).thenReturn(ROLL);
        when(payments.updateLineReturn(any())).thenAnswer(call -> {
            LineReturn line = call.getArgument(0);
            written.add(line);
            return line.lineId() >= 1 && line.lineId() <= 3 ? 1 : 0;
        });
    }

    @Test
    void countsPaidFailedAndUnmatchedRowsAndMarksTheRollReconciled() {
        ReconcilingReturns.Reconciled answer = reconciling.reconcile(
                "roll-1",
                List.of(
                        new ReturnLine("1", "PAID", null),
                        new ReturnLine(" 2.0 ", " failed ", "账户已销户"),
                        new ReturnLine("3", "FAILED", " "),
                        new ReturnLine("999", "PAID", null),
                        new ReturnLine("abc", "PAID", null),
                        new ReturnLine("1", "BOUNCED", null)),
                "500103");

        assertThat(answer).isEqualTo(new ReconcilingReturns.Reconciled(1, 2, 3));
        assertThat(written)
                .containsExactly(
                        new LineReturn(1, "roll-1", "PAID", null, NOW),
                        new LineReturn(2, "roll-1", "FAILED", "账户已销户", NOW),
                        new LineReturn(3, "roll-1", "FAILED", "银行未说明原因", NOW),
                        new LineReturn(999, "roll-1", "PAID", null, NOW));
        verify(payments).updateRollReconciled("roll-1", NOW);
    }

    @Test
    void cutsALongBankReasonToTheColumn() {
        reconciling.reconcile("roll-1", List.of(new ReturnLine("2", "FAILED", "原".repeat(300))), "500103");

        assertThat(written)
                .singleElement()
                .extracting(LineReturn::reason)
                .asString()
                .hasSize(255);
    }

    @Test
    void anEmptyFileChangesNoLine() {
        assertThat(reconciling.reconcile("roll-1", List.of(), "500103"))
                .isEqualTo(new ReconcilingReturns.Reconciled(0, 0, 0));
        verify(payments, never()).updateLineReturn(any());
    }
}
