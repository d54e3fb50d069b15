package cq.assist.core.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

class RuleBasedInsurerTest {

    private final RuleBasedInsurer.Rule rule =
            new RuleBasedInsurer.Rule(new BigDecimal("1000"), new BigDecimal("0.5"), new BigDecimal("30000"));

    @Test
    void paysHalfAboveTheDeductible() {
        InsurerAnswer answer = rule.decide(new ClaimFiling("c-0000001", "甲", "x", new BigDecimal("5000.00")));
        assertThat(answer.paid()).isTrue();
        assertThat(answer.amountPaid()).isEqualByComparingTo("2000.00");
        assertThat(answer.reason()).contains("1000").contains("50%").contains("30000");
    }

    @Test
    void capsThePayout() {
        assertThat(rule.decide(new ClaimFiling("c-0000002", "甲", "x", new BigDecimal("86000")))
                        .amountPaid())
                .isEqualByComparingTo("30000.00");
    }

    @Test
    void rejectsAClaimNotAboveTheDeductible() {
        InsurerAnswer answer = rule.decide(new ClaimFiling("c-0000003", "甲", "x", new BigDecimal("1000")));
        assertThat(answer.paid()).isFalse();
        assertThat(answer.amountPaid()).isNull();
        assertThat(answer.reason()).contains("起付线");
    }

    @Test
    void theStandInIsRefusedOutsideTheDemoProfile() {
        StandardEnvironment production = new StandardEnvironment();
        production.setActiveProfiles("mysql");
        assertThatThrownBy(() -> RuleBasedInsurer.refuseOutsideDemo(production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo");
        StandardEnvironment demo = new StandardEnvironment();
        demo.setActiveProfiles("demo");
        assertThatCode(() -> RuleBasedInsurer.refuseOutsideDemo(demo)).doesNotThrowAnyException();
    }

    @Test
    void aFilingNeverPrintsTheIdNumber() {
        assertThat(new ClaimFiling("c-1", "甲", "500103198001011234", BigDecimal.ONE).toString())
                .doesNotContain("500103198001011234")
                .doesNotContain("甲");
    }
}
