package cq.assist.core.itemcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.common.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * An approved amount (yuan): changed from the proposal only with a reason, never above the hard maximum, and a
 * second approver above 3,000 or more than 10 % above the proposal (maker-checker).
 */
class AmountPolicyTest {

    private final AmountPolicy policy =
            new AmountPolicy(new BigDecimal("0.10"), new BigDecimal("3000.00"), new BigDecimal("100000.00"));

    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theProposalOrUpToTenPercentMoreNeedsNoSecondApprover() {
        assertThat(policy.needsSecondApprover(yuan("800.00"), yuan("800.00"), null))
                .isFalse();
        assertThat(policy.needsSecondApprover(yuan("880.00"), yuan("800.00"), "多一人患病"))
                .isFalse();
        assertThat(policy.needsSecondApprover(yuan("880.01"), yuan("800.00"), "多一人患病"))
                .isTrue();
        assertThat(policy.needsSecondApprover(yuan("500.00"), null, null)).isFalse();
    }

    @Test
    void aboveThreeThousandAlwaysNeedsASecondApprover() {
        assertThat(policy.needsSecondApprover(yuan("3000.00"), yuan("3000.00"), null))
                .isFalse();
        assertThat(policy.needsSecondApprover(yuan("3000.01"), yuan("3000.01"), null))
                .isTrue();
    }

    @Test
    void aChangeWithoutAReasonAndAnAmountAboveTheMaximumAreRefusedByField() {
        assertThatThrownBy(() -> policy.needsSecondApprover(yuan("700.00"), yuan("800.00"), " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("reason"));
        assertThatThrownBy(() -> policy.needsSecondApprover(yuan("100000.01"), null, "x"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("amount"));
    }
}
