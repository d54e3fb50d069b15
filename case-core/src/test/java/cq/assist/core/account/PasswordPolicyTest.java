package cq.assist.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.common.DomainException.FieldError;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The staff password policy's text rules (等保 8.1.4.1 a), each named on the field it concerns. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.defaults();

    @Test
    void aLongMixedPasswordPasses() {
        assertThat(policy.check("password", "mz.yuzhong", "Chongqing#2026")).isEmpty();
    }

    @Test
    void eachBrokenRuleIsNamedOnTheField() {
        assertThat(keys(policy.check("newPassword", "mz.yuzhong", "Ab#1")))
                .containsExactly("account.password.tooShort");
        assertThat(keys(policy.check("newPassword", "mz.yuzhong", "alllowercaseletters")))
                .containsExactly("account.password.classes");
        assertThat(keys(policy.check("newPassword", "mz.yuzhong", "MZ.Yuzhong#2026")))
                .containsExactly("account.password.containsUsername");
        assertThat(keys(policy.check("newPassword", "mz.yuzhong", "Has Space#2026")))
                .containsExactly("account.password.whitespace");
        assertThat(keys(policy.check("newPassword", "mz.yuzhong", null))).containsExactly("account.password.required");
        assertThat(policy.check("newPassword", "mz.yuzhong", "Ab#1"))
                .allSatisfy(e -> assertThat(e.field()).isEqualTo("newPassword"));
    }

    @Test
    void theConfigurationCannotWeakenItBelowEightCharacters() {
        PasswordPolicy weak = new PasswordPolicy(4, 0, -1, Duration.ZERO);
        assertThat(weak.minLength()).isEqualTo(8);
        assertThat(weak.minClasses()).isEqualTo(1);
        assertThat(weak.history()).isZero();
        assertThat(weak.maxAge()).isNull();
    }

    private static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(FieldError::messageKey).toList();
    }
}
