package cq.assist.core.itemcase;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.login.Roles;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepPolicyTest {

    private static final Staff STREET = new Staff("s1", Set.of(Roles.STREET_REVIEWER));
    private static final Staff DISTRICT = new Staff("d1", Set.of(Roles.DISTRICT_APPROVER));
    private static final Staff HOUSING = new Staff("h1", Set.of(Roles.DEPARTMENT_REVIEWER));

    @Test
    void rejectWithoutReasonNamesTheReasonField() {
        assertThatThrownBy(() -> StepPolicy.check(Step.STREET_REVIEW, Decision.REJECT, " ", null, true, STREET))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
                    org.assertj.core.api.Assertions.assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("reason");
                });
    }

    @Test
    void streetReviewerMayNotSetAnAmount() {
        assertThatThrownBy(() -> StepPolicy.check(
                        Step.STREET_REVIEW, Decision.APPROVE, null, new BigDecimal("810.00"), true, STREET))
                .isInstanceOfSatisfying(DomainException.class, e -> org.assertj.core.api.Assertions.assertThat(e.kind())
                        .isEqualTo(ProblemKind.FORBIDDEN));
    }

    @Test
    void streetReviewerMayNotDecideAtDistrictLevel() {
        assertThatThrownBy(() -> StepPolicy.check(
                        Step.DISTRICT_DECISION, Decision.APPROVE, null, new BigDecimal("810.00"), true, STREET))
                .isInstanceOfSatisfying(DomainException.class, e -> org.assertj.core.api.Assertions.assertThat(e.kind())
                        .isEqualTo(ProblemKind.FORBIDDEN));
    }

    @Test
    void districtApprovalOfCashItemNeedsAnAmount() {
        assertThatThrownBy(() -> StepPolicy.check(Step.DISTRICT_DECISION, Decision.APPROVE, null, null, true, DISTRICT))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> org.assertj.core.api.Assertions.assertThat(e.fieldErrors())
                                .extracting(DomainException.FieldError::field)
                                .containsExactly("amount"));
        assertThatCode(() -> StepPolicy.check(
                        Step.DISTRICT_DECISION, Decision.APPROVE, null, new BigDecimal("810.00"), true, DISTRICT))
                .doesNotThrowAnyException();
    }

    @Test
    void departmentReviewerApprovesNonCashItemWithoutAmount() {
        assertThatCode(() -> StepPolicy.check(Step.DEPARTMENT_REVIEW, Decision.APPROVE, null, null, false, HOUSING))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StepPolicy.check(
                        Step.DEPARTMENT_REVIEW, Decision.APPROVE, null, BigDecimal.TEN, false, HOUSING))
                .isInstanceOf(DomainException.class);
    }
}
